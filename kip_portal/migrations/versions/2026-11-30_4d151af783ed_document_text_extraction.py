"""document text extraction

Revision ID: 4d151af783ed
Revises: 9b74d2f04413
Create Date: 2026-11-30 05:13:12.750163

"""
from alembic import op
import sqlalchemy as sa

import kip_portal.core.models


# revision identifiers, used by Alembic.
revision = '4d151af783ed'
down_revision = '9b74d2f04413'
branch_labels = None
depends_on = None


def upgrade():
    # Existing documents start as 'pending': `flask extract-text` (or `reindex`) fills their text in.
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('text', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('pages', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('extraction_status', sa.Enum('pending', 'ok', 'ocr_pending', 'failed', name='extraction_status', native_enum=False, create_constraint=True, length=32), nullable=False, server_default='pending'))
        batch_op.add_column(sa.Column('extraction_method', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('extraction_error', sa.String(length=500), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('extraction_error')
        batch_op.drop_column('extraction_method')
        batch_op.drop_column('extraction_status')
        batch_op.drop_column('pages')
        batch_op.drop_column('text')
