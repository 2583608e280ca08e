"""Alembic environment, run programmatically by `Store.open` (no alembic.ini needed).

The store passes an open connection in `config.attributes["connection"]`; the alembic CLI
(for developers writing a new revision) can instead set `sqlalchemy.url` in a config.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from watchfloor.ledger.schema import metadata

config = context.config


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
