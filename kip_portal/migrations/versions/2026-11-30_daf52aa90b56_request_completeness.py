"""request completeness

Revision ID: daf52aa90b56
Revises: b994934157a4
Create Date: 2026-11-30 06:42:10.068248

"""
from alembic import op
import sqlalchemy as sa

import kip_portal.core.models


# revision identifiers, used by Alembic.
revision = 'daf52aa90b56'
down_revision = 'b994934157a4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('info_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('completeness_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('completion_due_date', sa.Date(), nullable=True))



def downgrade():
    with op.batch_alter_table('info_requests', schema=None) as batch_op:
        batch_op.drop_column('completion_due_date')
        batch_op.drop_column('completeness_note')

