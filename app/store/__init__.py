"""The store: drafts, photos and settings in SQLite (sqlite-utils), with schema migrations. No Qt."""

from app.store.db import StoreError, open_store
from app.store.drafts import Draft, DraftFinishedError, DraftNotFound, DraftStore, DraftSummary
from app.store.serials import CardSerial, SerialAlreadyVoid, SerialBook, SerialError, UnknownSerial
from app.store.settings import Settings

__all__ = [
    "CardSerial",
    "Draft",
    "DraftFinishedError",
    "DraftNotFound",
    "DraftStore",
    "DraftSummary",
    "SerialAlreadyVoid",
    "SerialBook",
    "SerialError",
    "Settings",
    "StoreError",
    "UnknownSerial",
    "open_store",
]
