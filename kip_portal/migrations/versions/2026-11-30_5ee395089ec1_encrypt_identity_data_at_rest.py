"""encrypt identity data at rest

Widens the requester's NIK, address and phone and the proxy's address and phone to text (a Fernet token is longer
than the value), then encrypts the rows and identity files already stored with the first of ENCRYPTION_KEYS (the
app's keys: run under ``flask db upgrade`` / ``init-db``). Downgrade decrypts them again.

Revision ID: 5ee395089ec1
Revises: 32f5d9225b95
Create Date: 2026-11-30 10:28:06.254705

"""
from alembic import context
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5ee395089ec1'
down_revision = '32f5d9225b95'
branch_labels = None
depends_on = None

# (table, column, previous type); the previous types come back on downgrade.
COLUMNS = (
    ('info_requests', 'nik', sa.VARCHAR(length=16)),
    ('info_requests', 'address', sa.VARCHAR(length=500)),
    ('info_requests', 'phone', sa.VARCHAR(length=30)),
    ('keberatan', 'proxy_address', sa.VARCHAR(length=500)),
    ('keberatan', 'proxy_phone', sa.VARCHAR(length=30)),
)
BLOB_TABLES = ('documents', 'letters', 'identity_documents')


def _alter(widen: bool) -> None:
    for table in ('info_requests', 'keberatan'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, column, previous in COLUMNS:
                if name != table:
                    continue
                old, new = (previous, sa.Text()) if widen else (sa.Text(), previous)
                batch_op.alter_column(column, existing_type=old, type_=new, existing_nullable=False)


def _convert_values(bind, change) -> None:
    """Apply ``change(value) -> value or None`` to every non-empty value of the encrypted columns."""
    for table in ('info_requests', 'keberatan'):
        names = [column for name, column, _ in COLUMNS if name == table]
        rows = sa.table(table, sa.column('id', sa.Integer), *(sa.column(name, sa.Text) for name in names))
        for row in bind.execute(sa.select(rows).order_by(rows.c.id)).mappings().all():
            values = {name: change(row[name]) for name in names if row[name]}
            values = {name: value for name, value in values.items() if value is not None}
            if values:
                bind.execute(sa.update(rows).where(rows.c.id == row['id']).values(**values))


def _convert_files(bind, change) -> list:
    """Replace each identity file by ``change(bytes) -> bytes or None``; returns the paths of the old blobs that
    nothing uses any more, to delete once the new rows are committed."""
    from flask import current_app

    from kip_portal.core.storage import BlobStore

    store = BlobStore(current_app.config['DOCUMENTS_DIR'])
    documents = sa.table('identity_documents', sa.column('id', sa.Integer), sa.column('sha256', sa.String))
    replaced = []
    for row in bind.execute(sa.select(documents).order_by(documents.c.id)).mappings().all():
        path = store.path_for(row['sha256'])
        if not path.is_file():
            continue  # missing already: nothing to protect (backup reports it)
        data = change(path.read_bytes())
        if data is None:
            continue
        bind.execute(sa.update(documents).where(documents.c.id == row['id']).values(sha256=store.save(data)))
        replaced.append(row['sha256'])
    unused = []
    for digest in replaced:
        used = sum(bind.scalar(sa.select(sa.func.count()).select_from(sa.table(table, sa.column('sha256')))
                               .where(sa.column('sha256') == digest)) for table in BLOB_TABLES)
        used += bind.scalar(sa.text('SELECT count(*) FROM outbox_mail WHERE attachments LIKE :pattern'),
                            {'pattern': f'%{digest}%'})
        if not used:
            unused.append(store.path_for(digest))
    return unused


def _delete_after_commit(paths) -> None:
    """Delete the replaced blobs only once the rows pointing to their successors are committed: a failed commit
    must find the old files still there."""
    with op.get_context().autocommit_block():  # commits the migration's transaction first
        for path in paths:
            path.unlink(missing_ok=True)


def upgrade():
    _alter(widen=True)
    if context.is_offline_mode():
        return
    from kip_portal.crypto.keys import keyring

    ring = keyring()

    def encrypt_text(value: str):
        return None if ring.opens(value.encode('ascii', 'replace')) else ring.encrypt(value.encode()).decode('ascii')

    def encrypt_file(data: bytes):
        return None if ring.opens(data) else ring.encrypt(data)

    bind = op.get_bind()
    _convert_values(bind, encrypt_text)
    _delete_after_commit(_convert_files(bind, encrypt_file))


def downgrade():
    if not context.is_offline_mode():
        from kip_portal.crypto.keys import keyring

        ring = keyring()
        bind = op.get_bind()
        _convert_values(bind, lambda value: ring.decrypt(value.encode('ascii')).decode())
        _delete_after_commit(_convert_files(bind, ring.decrypt))
    _alter(widen=False)
