"""Errors the user can act on: the CLI prints their message and exits with status 2."""


class UserError(Exception):
    pass
