"""Staff accounts, roles, login and the access rules of every route."""
