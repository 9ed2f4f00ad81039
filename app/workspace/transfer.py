"""Transfer to the central register: pack the station's records (Workspace.transfer) and check a
transfer file (no login needed: the passphrase opens it). No Qt."""

from __future__ import annotations

from pathlib import Path

from app.store.transfer import TransferError, TransferInfo, read_header, read_transfer  # noqa: F401


def check_transfer(path: str | Path, passphrase: str) -> tuple[dict, dict]:
    """(header, records) of a transfer file, after checking the passphrase, its integrity and the audit
    chain it carries; TransferError says what is wrong."""
    return read_transfer(path, passphrase)


class TransferCases:
    """The transfer, a use case of the Workspace (mixed into app.workspace.core.Workspace)."""

    def transfer(self, path: str | Path, passphrase: str):
        """Pack the station's records for the central register (encrypted, with the audit chain's head)."""
        from app.store.transfer import write_transfer

        self.require("transfer")
        info = write_transfer(self.db, path, passphrase, self.settings.station_id, kdf=self.vault.kdf)
        self.record("transfer", target="file", detail={"entries": info.audit_entries, "head": info.audit_head,
                                                       "counts": info.counts})
        self.write_anchor()
        return info
