"""Database layer: SQLAlchemy 2 models, the engine with its pragmas, Alembic migrations."""
