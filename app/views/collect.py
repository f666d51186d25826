"""The collection views (being written)."""

from flask import Blueprint

bp = Blueprint("collect", __name__)
