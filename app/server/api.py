"""The HTTP API (FastAPI under uvicorn; OpenAPI at ``/openapi.json``, docs at ``/docs``).

FastAPI rather than bare Starlette: the OpenAPI description comes from the same typed routes that serve the
requests, so it cannot drift from them. Each process keeps a small psycopg pool; the database is the only
shared state, so any number of processes (``--workers N``, or several hosts behind a proxy) serve one register.

Authentication: ``Authorization: Station <station_id>:<secret>`` (the credentials a one-time code gave);
TLS is the proxy's (or uvicorn's ``--ssl-*``).
"""
from __future__ import annotations

import base64
import binascii
import os
import uuid
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from psycopg_pool import ConnectionPool
from pydantic import BaseModel, Field

from app.server import register

DSN_ENV = "PRILOGA_SERVER_DSN"


class EnrolRequest(BaseModel):
    code: str = Field(description="the one-time code from `priloga-server enrol-station`")


class Operation(BaseModel, extra="allow"):
    """One operation (documentation of ``Batch.operations``): a person's ``base_version``, ``changes``
    ``{field: [before, after]}`` and ``documents``; a form's ``version``, ``code``, ``form_version``, ``status``,
    ``data``, ``person_id``, ``corrects``, ``photo_sha256``, ``serial``; both may name ``attachments`` by hash."""
    op_id: str
    kind: str
    record_id: str


class Audit(BaseModel):
    entries: list[dict[str, Any]] = Field(default=[], description="the station's audit entries after the head"
                                          " the server acknowledged: {seq, hash, prev_hash, action, at, …}")


class Batch(BaseModel):
    """A push. Operations are taken as JSON objects (each as ``Operation`` describes) and checked by the register
    one by one, so that one malformed operation is refused alone, not the whole batch."""
    batch_id: str | None = None
    audit: Audit = Audit()
    operations: list[dict[str, Any]] = Field(default=[], json_schema_extra={"items": Operation.model_json_schema()})


class HashList(BaseModel):
    hashes: list[str]


class Attachment(BaseModel):
    sha256: str
    kind: str = "photo"
    base64: str = Field(description="the content, Base64")


class Attachments(BaseModel):
    attachments: list[Attachment]


class MergeRequest(BaseModel):
    keep: str


class RelocateRequest(BaseModel):
    to_station: str = Field(description="the name of the station the case moves to")


def create_app(dsn: str | None = None) -> FastAPI:
    dsn = dsn or os.environ[DSN_ENV]
    pool = ConnectionPool(dsn, min_size=1, max_size=int(os.environ.get("PRILOGA_SERVER_POOL", "8")), open=False)

    @asynccontextmanager
    async def lifespan(_app):
        pool.open(wait=True)
        await run_in_threadpool(register.load_catalog)  # the form definitions are read at start, not at a push
        yield
        pool.close()

    app = FastAPI(title="Priloga — centralni register", version="1", lifespan=lifespan)

    @app.exception_handler(register.Refused)
    async def _refused(_request: Request, exc: register.Refused):
        return JSONResponse({"detail": str(exc)}, status_code=exc.status)

    def run(fn, *args):
        def work():
            with pool.connection() as conn:
                conn.autocommit = True  # every function opens its own transaction
                return fn(conn, *args)
        return run_in_threadpool(work)

    async def station(authorization: str = Header(default="")) -> uuid.UUID:
        scheme, _, creds = authorization.partition(" ")
        sid, _, secret = creds.partition(":")
        if scheme != "Station" or not secret:
            raise register.Refused("Zahteva nima poverilnic postaje; postajo vpišite z enkratno kodo (priloga enrol).", 401)
        return await run(register.authenticate, sid, secret)

    @app.get("/v1/health")
    async def health() -> dict:
        return await run(lambda conn: {"ok": conn.execute("SELECT 1").fetchone()[0] == 1})

    @app.post("/v1/enrol")
    async def enrol(body: EnrolRequest) -> dict:
        return await run(register.enrol, body.code)

    @app.post("/v1/attachments/missing")
    async def missing(body: HashList, sid: uuid.UUID = Depends(station)) -> dict:
        return {"missing": await run(register.missing_attachments, body.hashes)}

    @app.put("/v1/attachments/{sha256}")
    async def put_attachment(sha256: str, request: Request, kind: str = "photo",
                             sid: uuid.UUID = Depends(station)) -> dict:
        content = await request.body()
        return {"stored": await run(register.put_attachment, sha256, kind, content)}

    @app.post("/v1/attachments")
    async def put_attachments(body: Attachments, sid: uuid.UUID = Depends(station)) -> dict:
        """Several attachments in one request (a station's first sync sends thousands of photos)."""
        try:
            items = [(a.sha256, a.kind, base64.b64decode(a.base64, validate=True)) for a in body.attachments]
        except binascii.Error:
            raise register.Refused("Priloga ni v zapisu Base64; pošljite jo znova.", 400)
        return {"stored": await run(register.put_attachments, items)}

    @app.post("/v1/push")
    async def push(batch: Batch, sid: uuid.UUID = Depends(station)) -> dict[str, Any]:
        for entry in batch.audit.entries:
            if not all(isinstance(entry.get(k), t) for k, t in (("seq", int), ("hash", str), ("prev_hash", str))):
                raise register.Refused("Vpis revizijske sledi mora imeti seq (število), hash in prev_hash.", 422)
        answer = await run(register.push, sid, {"batch_id": batch.batch_id, "operations": batch.operations,
                                                "audit": {"entries": batch.audit.entries}})
        return JSONResponse(answer)  # already plain JSON values: not validated again as a response model

    @app.get("/v1/pull")
    async def pull(since: int = 0, limit: int = 1000, sid: uuid.UUID = Depends(station)) -> dict[str, Any]:
        return await run(register.pull, sid, since, min(max(limit, 1), 5000))

    @app.post("/v1/duplicates/{candidate_id}/merge")
    async def merge(candidate_id: int, body: MergeRequest, sid: uuid.UUID = Depends(station)) -> Response:
        from app.server.supervision import station_decides_duplicate

        await run(station_decides_duplicate, sid, candidate_id, body.keep)
        return Response(status_code=204)

    @app.get("/v1/attachments/{sha256}")
    async def get_attachment(sha256: str, sid: uuid.UUID = Depends(station)) -> Response:
        """A photo or signed PDF by its SHA-256 (a station pulling a person moved to it)."""
        row = await run(lambda conn: conn.execute("SELECT content FROM attachments WHERE sha256 = %s",
                                                  (sha256,)).fetchone())
        if row is None:
            raise register.Refused(f"Priloge {sha256} ni v centralnem registru.", 404)
        return Response(bytes(row[0]), media_type="application/octet-stream")

    @app.post("/v1/persons/{person_id}/relocate")
    async def relocate(person_id: str, body: RelocateRequest, sid: uuid.UUID = Depends(station)) -> dict:
        """The station that holds a person hands the case over to another station (relocation)."""
        from app.server import supervision

        def work(conn):
            name = conn.execute("SELECT name FROM stations WHERE id = %s", (sid,)).fetchone()[0]
            return supervision.relocate(conn, person_id, supervision.station_id(conn, body.to_station),
                                        f"postaja {name}", by_station=sid)
        return await run(work)

    from app.server import web  # the supervisors' pages (Slovenian), same pool

    app.include_router(web.router(pool))
    return app


def app_from_env() -> FastAPI:
    """The factory uvicorn's workers call (``uvicorn --factory app.server.api:app_from_env``)."""
    return create_app()
