"""request decisions

Revision ID: b994934157a4
Revises: c132c46ad676
Create Date: 2026-11-30 06:31:27.023978

"""
from alembic import op
import sqlalchemy as sa

import kip_portal.core.models


# revision identifiers, used by Alembic.
revision = 'b994934157a4'
down_revision = 'c132c46ad676'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('info_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision', sa.Enum('dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'tidak_dikuasai', 'belum_didokumentasikan', name='request_decision', native_enum=False, create_constraint=True, length=32), nullable=True))
        batch_op.add_column(sa.Column('decided_at', kip_portal.core.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('decided_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('information_form', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('provision_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('redaction_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('other_body', sa.String(length=300), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('undocumented_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('refusal_basis', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('consequence_test', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('fee_copy', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('fee_delivery', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('payment_method', sa.Enum('tidak_ada', 'tunai', 'transfer', 'uang_elektronik', name='payment_method', native_enum=False, create_constraint=True, length=32), nullable=True))
        batch_op.add_column(sa.Column('refusal_approved_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('refusal_approved_at', kip_portal.core.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_info_requests_refusal_approved_by_id_users'), 'users', ['refusal_approved_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_info_requests_decided_by_id_users'), 'users', ['decided_by_id'], ['id'])



def downgrade():
    with op.batch_alter_table('info_requests', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_info_requests_decided_by_id_users'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_info_requests_refusal_approved_by_id_users'), type_='foreignkey')
        batch_op.drop_column('refusal_approved_at')
        batch_op.drop_column('refusal_approved_by_id')
        batch_op.drop_column('payment_method')
        batch_op.drop_column('fee_delivery')
        batch_op.drop_column('fee_copy')
        batch_op.drop_column('consequence_test')
        batch_op.drop_column('refusal_basis')
        batch_op.drop_column('undocumented_note')
        batch_op.drop_column('other_body')
        batch_op.drop_column('redaction_note')
        batch_op.drop_column('provision_days')
        batch_op.drop_column('information_form')
        batch_op.drop_column('decided_by_id')
        batch_op.drop_column('decided_at')
        batch_op.drop_column('decision')

