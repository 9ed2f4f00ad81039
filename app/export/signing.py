"""Electronic signatures of forms: PAdES baseline B-B with pyHanko, offline, and their verification. No Qt.

- `load_signer` opens an official's PKCS#12 (wrong passphrase, expired or not-yet-valid certificate:
  a clear `SigningError`, nothing signed). A key on a smart card or token is a `Pkcs11KeyRef`.
- `sign_pdf` adds an approval signature (sub-filter ETSI.CAdES.detached, signing-certificate-v2, the
  certificate embedded) in an incremental update, with a visible box on the form's signature place:
  the official's name, office and date/time in DejaVu Sans (č, š, ž, Cyrillic).
- `signature_place` finds that place: the definition names it (`sign_here: true` on a `signature` or
  `caption_line` block; else the signature block that prints the official's name), and the renderer
  reports where it drew that block's rule (`RenderedPdf.signature_places`, app/export/pdf.py), wherever
  the form flowed. The box sits on the rule, right of whatever is printed on it (the official's name).
  A PDF read from a file carries no report: its text is searched with pdfium for the label and the
  rule that belongs to it. Without a place: last page, bottom right, inside the bottom margin.
- `verify_pdf` says valid / invalid / untrusted / unsigned, who signed, when, and whether the document
  changed after signing. Only the CA certificates passed in are trusted.
- `extend_signature` is the hook for B-T/B-LT when a network is available: validation data in the DSS
  and a document time-stamp from a TSA.
- `make_test_pki` / `make_test_tsa` make clearly marked TEST material for first use and tests.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import secrets
import threading
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any, Iterable

from app.export.fonts import FONT_DIR
from app.store.keys import CertInfo, KeyFileError, cert_info, load_pem_certificates, read_p12, show_date

# pyHanko logs every failed certificate path (an unknown signer) with a traceback; the verdict says it
# in one line. A library handler keeps those logs off the console unless the application configures logging.
for _logger in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

STAMP_FONT = FONT_DIR / "DejaVuSans.ttf"
STAMP_FONT_SIZE = 7
STAMP_LEADING = 8
FIELD_NAME = "PodpisUradneOsebe"
MM = 72 / 25.4
#: the signature box: at most this wide, this high (it sits on the rule, below the line above)
BOX_MAX_WIDTH = 80 * MM
BOX_MIN_WIDTH = 38 * MM
BOX_HEIGHT = 10.5 * MM
BOX_GAP = 2 * MM  # between text printed on the rule (the name) and the box
#: where the box goes when the form names no place: last page, bottom right, inside the bottom margin
DEFAULT_BOX_MM = (70.0, 9.5, 20.0, 5.0)  # width, height, right margin, bottom
TIME_FORMAT = "%d. %m. %Y %H:%M"
#: characters the stamp font subset covers; anything else falls back to the whole font
STAMP_CHARS = [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x370, 0x3D0), *range(0x400, 0x530),
               *range(0x2010, 0x2040), 0x20AC, 0x2116, 0x2122]

TEST_CA_NAME = "Priloga TEST CA — NOT FOR PRODUCTION"
TEST_OFFICIAL_NAME = "TEST uradna oseba Mojca Žagar"
TEST_ORGANIZATION = "TEST Priloga"


class SigningError(Exception):
    """The document cannot be signed (or a signature extended); the message says why, in Slovenian."""


# --- keys -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """A loaded signing key: pyHanko's signer and what its certificate says. Load once per session."""

    pyhanko: Any
    info: CertInfo

    @property
    def name(self) -> str:
        return self.info.common_name

    @property
    def fingerprint(self) -> str:
        return self.info.fingerprint


def _check_validity(info: CertInfo, at: dt.datetime | None = None) -> None:
    at = at or dt.datetime.now(dt.timezone.utc)
    period = f"(velja od {show_date(info.not_before)} do {show_date(info.not_after)})"
    if at > info.not_after:
        raise SigningError(f"Potrdilo je poteklo {show_date(info.not_after)} {period.replace('velja', 'veljalo je')}; "
                           f"s tem ključem ni mogoče podpisovati. Uvozite novo potrdilo uradne osebe.")
    if at < info.not_before:
        raise SigningError(f"Potrdilo še ne velja: velja šele od {show_date(info.not_before)} {period}; "
                           f"podpisovanje s tem ključem še ni mogoče.")


def _check_usage(cert, info: CertInfo) -> None:
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise SigningError(f"Potrdilo »{info.common_name}« ni namenjeno podpisovanju (uporaba ključa ne dovoljuje "
                           "digitalnega podpisa).")


def load_signer(p12_bytes: bytes, passphrase: str | bytes | None, label: str = "",
                at: dt.datetime | None = None) -> Signer:
    """Open a PKCS#12 with its passphrase and check its certificate can sign now.

    Wrong passphrase → SigningError("Napačno geslo za ključ …"); an expired or not yet valid
    certificate → SigningError naming its dates. RSA keys are re-validated on load: load once."""
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        key, cert, others = read_p12(p12_bytes, passphrase, label)
    except KeyFileError as exc:
        raise SigningError(str(exc)) from None
    info = cert_info(cert)
    _check_validity(info, at)
    _check_usage(cert, info)
    registry = SimpleCertificateStore()
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
    try:
        signer = SimpleSigner(signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
                              signing_key=translate_pyca_cryptography_key_to_asn1(key), cert_registry=registry)
    except Exception as exc:  # an unsupported key type
        raise SigningError(f"Ključa »{info.common_name}« ni mogoče uporabiti za podpis ({exc}).") from exc
    return Signer(signer, info)


@dataclass(frozen=True)
class Pkcs11KeyRef:
    """A key on a smart card or token, named by a PKCS#11 URI (RFC 7512), e.g.
    ``pkcs11:token=Kartica;object=Podpis?module-path=/usr/lib/opensc-pkcs11.so``.

    Signing with it needs the `python-pkcs11` package (not a dependency of Priloga); without it the
    message says so. The PIN is asked for each session and never stored."""

    uri: str

    def attributes(self) -> dict[str, str]:
        from urllib.parse import unquote

        if not self.uri.startswith("pkcs11:"):
            raise SigningError("Naslov ključa na kartici mora biti URI PKCS#11 (pkcs11:…).")
        path, _, query = self.uri[len("pkcs11:"):].partition("?")
        out: dict[str, str] = {}
        for part in [p for p in path.split(";") if p] + [q for q in query.split("&") if q]:
            name, _, value = part.partition("=")
            out[name] = unquote(value)
        return out

    def load_signer(self, pin: str | None) -> Signer:
        try:
            import pkcs11  # noqa: F401  (python-pkcs11)
        except ImportError:
            raise SigningError("Podpisovanje s pametno kartico ali žetonom (PKCS#11) na tem računalniku ni na voljo: "
                               "ni nameščen modul python-pkcs11. Uporabite ključ PKCS#12 (.p12).") from None
        from cryptography import x509
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

        attrs = self.attributes()
        module = attrs.get("module-path")
        if not module:
            raise SigningError("V naslovu PKCS#11 manjka module-path (knjižnica gonilnika kartice).")
        try:
            session = open_pkcs11_session(module, slot_no=int(attrs["slot-id"]) if "slot-id" in attrs else None,
                                          token_label=attrs.get("token"), user_pin=pin)
            label = attrs.get("object")
            signer = PKCS11Signer(session, cert_label=label, key_label=label)
            cert = x509.load_der_x509_certificate(signer.signing_cert.dump())
        except Exception as exc:
            raise SigningError(f"Ključa na kartici ni mogoče uporabiti ({exc}).") from exc
        info = cert_info(cert)
        _check_validity(info)
        return Signer(signer, info)


# --- test PKI ---------------------------------------------------------------------------------------


def _name(common_name: str, organization: str = TEST_ORGANIZATION):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "SI"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject, issuer, public_key, issuer_key, not_before, not_after, ca: bool, usage: dict,
                 extended=None, issuer_public_key=None):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
                 key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False)
    flags.update(usage)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
               .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
               .add_extension(x509.KeyUsage(**flags), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_public_key or public_key),
                              critical=False))
    if extended:
        builder = builder.add_extension(x509.ExtendedKeyUsage(extended), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def make_test_pki(folder: str | Path, passphrase: str | None = None, *, valid_from: dt.datetime | None = None,
                  valid_until: dt.datetime | None = None,
                  official: str = TEST_OFFICIAL_NAME) -> tuple[Path, Path, str]:
    """A TEST CA and a TEST official's key (ECDSA P-256) for first use and tests: `ca.pem` and
    `official.p12` in `folder`, valid from yesterday for two years (unless told otherwise).

    Nothing trusts this CA unless it is imported (`trust_ca`) or passed to `verify --trust`.
    Returns (ca path, p12 path, passphrase); the passphrase is generated when none is given."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12

    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    valid_from = valid_from or now - dt.timedelta(days=1)
    valid_until = valid_until or now + dt.timedelta(days=730)
    passphrase = passphrase or secrets.token_urlsafe(12)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(TEST_CA_NAME)
    ca = _certificate(ca_name, ca_name, ca_key.public_key(), ca_key, min(valid_from, now - dt.timedelta(days=1)),
                      max(valid_until, now + dt.timedelta(days=730)), True, {"key_cert_sign": True, "crl_sign": True})
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _certificate(_name(official), ca_name, key.public_key(), ca_key, valid_from, valid_until, False,
                        {"digital_signature": True, "content_commitment": True}, issuer_public_key=ca_key.public_key())
    p12 = pkcs12.serialize_key_and_certificates(
        official.encode("utf-8"), key, cert, [ca], serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    ca_path, p12_path = folder / "ca.pem", folder / "official.p12"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    p12_path.touch(mode=0o600)
    p12_path.write_bytes(p12)
    return ca_path, p12_path, passphrase


def make_test_tsa(fixed_time: dt.datetime | None = None):
    """An in-process TEST time-stamp authority (pyHanko's DummyTimeStamper, RSA as it requires):
    (timestamper, PEM of its root). No network."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    now = dt.datetime.now(dt.timezone.utc)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("Priloga TEST TSA CA — NOT FOR PRODUCTION")
    root = _certificate(root_name, root_name, root_key.public_key(), root_key, now - dt.timedelta(days=1),
                        now + dt.timedelta(days=730), True, {"key_cert_sign": True, "crl_sign": True})
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = _certificate(_name("Priloga TEST TSA"), root_name, tsa_key.public_key(), root_key,
                       now - dt.timedelta(days=1), now + dt.timedelta(days=730), False,
                       {"digital_signature": True, "content_commitment": True},
                       extended=[ExtendedKeyUsageOID.TIME_STAMPING], issuer_public_key=root_key.public_key())
    stamper = DummyTimeStamper(tsa_cert=translate_pyca_cryptography_cert_to_asn1(tsa),
                               tsa_key=translate_pyca_cryptography_key_to_asn1(tsa_key),
                               certs_to_embed=[translate_pyca_cryptography_cert_to_asn1(root)], fixed_dt=fixed_time)
    return stamper, root.public_bytes(serialization.Encoding.PEM).decode("ascii")


# --- the stamp font (cached per process) ------------------------------------------------------------

_font_lock = threading.Lock()


@functools.lru_cache(maxsize=8)
def _stamp_font_bytes(extra: frozenset[int] = frozenset()) -> bytes:
    """DejaVu Sans cut down once per process to the characters a stamp needs (Latin, Greek, Cyrillic,
    punctuation, and `extra`), without hinting and layout tables: embedding it then costs ~30 ms
    instead of ~300 ms. Scaled to 1000 units per em: pyHanko's GlyphAccumulator writes glyph widths in
    font units as if every font had 1000 (DejaVu has 2048, which spaces the letters twice too far)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF", "kern"]
    font = TTFont(str(STAMP_FONT))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(set(STAMP_CHARS) | set(extra)))
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    out = BytesIO()
    font.save(out)
    return out.getvalue()


#: the embedded stamp font programs already cut, by (unusual characters, glyph ids): (stream dictionary,
#: compressed bytes); bounded, oldest dropped first
_EMBEDDED_SUBSETS: dict[tuple[frozenset[int], frozenset[int]], tuple[dict, bytes]] = {}
_EMBEDDED_SUBSETS_MAX = 64


def _font_factory(extra: frozenset[int]):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    class _CachedSubsetAccumulator(GlyphAccumulator):
        """pyHanko's accumulator, except that the embedded subset of the glyphs a stamp uses is cut by
        fontTools once per set of glyphs (an official's name and office repeat on every signature) and
        its compressed font stream reused, instead of being cut again on every signature (~40 ms)."""

        def prepare_write(self):
            if self._write_prepared:
                return
            key = (extra, frozenset(self._glyphs))
            cached = _EMBEDDED_SUBSETS.get(key)
            if cached is None:
                self._extract_subset()
                buf = BytesIO()
                self.tt.save(buf)
                stream = generic.StreamObject(stream_data=buf.getvalue())
                stream.compress()
                cached = (dict(stream), stream.encoded_data)
                with _font_lock:
                    if len(_EMBEDDED_SUBSETS) >= _EMBEDDED_SUBSETS_MAX:
                        _EMBEDDED_SUBSETS.pop(next(iter(_EMBEDDED_SUBSETS)))
                    _EMBEDDED_SUBSETS[key] = cached
            self._subset_created = True  # the font program comes from the cache; the glyph table is not cut

            cidfont = self.cidfont_obj

            def set_font_file(writer):
                stream_dict, encoded = cached
                ref = writer.add_object(generic.StreamObject(dict(stream_dict), encoded_data=encoded))
                cidfont._font_descriptor[generic.pdf_name("/FontFile2")] = ref
                return ref

            cidfont.set_font_file = set_font_file
            super().prepare_write()

    class _SubsetFactory(FontEngineFactory):
        def create_font_engine(self, writer, obj_stream=None):
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            return _CachedSubsetAccumulator(writer=writer, font_handle=BytesIO(_stamp_font_bytes(extra)),
                                            font_size=STAMP_FONT_SIZE, obj_stream=obj_stream)

    return _SubsetFactory()


@functools.lru_cache(maxsize=8)
def _stamp_style(extra: frozenset[int] = frozenset()):
    """The visible signature's style, made once per process (per set of unusual characters)."""
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    with _font_lock:
        _stamp_font_bytes(extra)
        return TextStampStyle(
            stamp_text="%(text)s",
            text_box_style=TextBoxStyle(
                font=_font_factory(extra), font_size=STAMP_FONT_SIZE, leading=STAMP_LEADING,
                box_layout_rule=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                                                    margins=Margins.uniform(2))),
            inner_content_layout=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                                                     margins=Margins(left=2, right=2, top=1, bottom=1)),
            border_width=1,
            border_color=(0.15, 0.25, 0.55),
            background=None,
        )


def warm_up() -> None:
    """Prepare the stamp font now (e.g. while the signing dialog is open) rather than at the first signature."""
    _stamp_style()


def _wrap(text: str, width: float, size: float = STAMP_FONT_SIZE) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.export.fonts import REGULAR, register_fonts

    register_fonts()
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, REGULAR, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def office_unit(office: str) -> str:
    """The office as the signature names it: the last line of a heading stamp written over several lines
    ("Republika Slovenija / Ministrstvo … / Policijska uprava …, Policijska postaja …" → the last)."""
    lines = [line.strip() for line in office.replace("\r", "").split("\n") if line.strip()]
    return lines[-1] if lines else ""


def stamp_lines(name: str, office: str, when: dt.datetime, width: float) -> list[str]:
    """The lines of the visible signature: who, the office (its unit, up to two lines), date and time."""
    office = office_unit(office)
    room = max(width - 8, 60)
    office_lines = _wrap(office, room) if office else []
    if len(office_lines) > 2:
        office_lines = [office_lines[0], " ".join(office_lines[1:])]  # the stamp shrinks to fit, never cuts
    return [f"Elektronsko podpisal(a): {name}".strip(), *office_lines, f"Datum in čas: {when.strftime(TIME_FORMAT)}"]


# --- where to sign ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignaturePlace:
    page: int  # 0-based
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points from the bottom-left corner
    found: bool = True  # False: the default place (no label found)


def signature_label(definition) -> str | None:
    """The label (or caption) of the block where the official signs, from the definition: a block with
    `sign_here: true`, else the `signature` block that prints the official's name (a field whose
    default is the official), else a signature or caption line worded "podpis … uradne osebe", else
    None (the default place). Cards have no signature place."""
    if definition.print_layout.is_card:
        return None
    blocks = list(definition.blocks())
    for block in blocks:
        if block.sign_here:
            return str(block.get("label") or block.get("caption") or "") or None
    official_fields = {f.id for f in definition.fields.values() if getattr(f, "default", None) == "official"}
    for block in blocks:
        if block.get("kind") == "signature" and official_fields.intersection(block.get("fields") or []):
            return str(block["label"])
    for block in blocks:  # the gazette's own wording: "(podpis uradne osebe)" under a rule
        text = str(block.get("label") or block.get("caption") or "")
        if block.get("kind") in ("signature", "caption_line") and re.search(r"podpis\b.*\buradne osebe", text, re.I):
            return text
    return None


def _label_suffixes(label: str) -> list[str]:
    """The label, then ever shorter tails at word boundaries (a long label wraps; its last line sits on the rule)."""
    words = label.split()
    return [" ".join(words[k:]) for k in range(len(words)) if len(" ".join(words[k:])) >= 6 or k == 0]


def signature_place(pdf_bytes: bytes, label: str | None) -> SignaturePlace:
    """Where the visible signature goes: on the rule of the block labelled `label` (see module doc),
    else the default place (last page, bottom right)."""
    drawn = getattr(pdf_bytes, "signature_places", None)
    if drawn is not None:
        return _reported_place(pdf_bytes, drawn, label)
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        if label:
            for suffix in _label_suffixes(" ".join(label.split())):
                for index in reversed(range(len(document))):
                    place = _place_on_page(document[index], index, suffix)
                    if place:
                        return place
        last = len(document) - 1
        width, _height = document[last].get_size()
    finally:
        document.close()
    return SignaturePlace(last, _default_box(width), found=False)


def _reported_place(pdf, drawn, label: str | None) -> SignaturePlace:
    """The place on the rule the renderer reported for the block labelled `label` (the last one drawn
    with that label), else the default place on the last page."""
    wanted = " ".join((label or "").split())
    for rule in reversed(drawn):
        if label and " ".join(rule.label.split()) == wanted:
            start = max(rule.x0, (rule.text_end + BOX_GAP) if rule.text_end is not None else rule.x0)
            if rule.x1 - start < BOX_MIN_WIDTH:
                start = rule.x0  # a very long name: the box covers the whole rule
            end = min(rule.x1, start + BOX_MAX_WIDTH)
            return SignaturePlace(rule.page, (start, rule.y + 0.8, end, max(rule.y + BOX_HEIGHT, rule.y + 6 * MM)))
    return SignaturePlace(pdf.page_count - 1, _default_box(pdf.page_width), found=False)


def _default_box(page_width: float) -> tuple[float, float, float, float]:
    """Bottom right, inside the bottom margin (the forms' text ends 15 mm above the edge)."""
    box_w, box_h, right, bottom = (v * MM for v in DEFAULT_BOX_MM)
    return (page_width - right - box_w, bottom, page_width - right, bottom + box_h)


def _place_on_page(page, index: int, text: str) -> SignaturePlace | None:
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        search = textpage.search(text, match_case=True, match_whole_word=False)
        hits = []
        hit = search.get_next()
        while hit:
            start, count = hit
            boxes = [textpage.get_charbox(k) for k in range(start, start + count)]
            hits.append((min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                         max(b[3] for b in boxes)))
            hit = search.get_next()
        if not hits:
            return None
        rules = []
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
            left, bottom, right, top = obj.get_bounds()
            if top - bottom < 2.5 and right - left > 20 * MM:
                rules.append((left, (bottom + top) / 2, right))
        chars = [textpage.get_charbox(k) for k in range(textpage.count_chars())]
        for label_box in reversed(hits):  # the last one on the page
            rule = _rule_for(label_box, rules)
            if rule:
                return SignaturePlace(index, _box_on_rule(rule, rules, chars, label_box))
        return None
    finally:
        textpage.close()


def _rule_for(label, rules):
    """The rule of a label: on its baseline to its right (signature), else just above it (caption)."""
    x0, y0, x1, y1 = label
    beside = [r for r in rules if abs(r[1] - y0) <= 4 and r[0] >= x1 - 1]
    if beside:
        return min(beside, key=lambda r: r[0] - x1)
    above = [r for r in rules if 0 < r[1] - y1 <= 16 and r[0] < x1 and r[2] > x0]
    if above:
        return min(above, key=lambda r: r[1] - y1)
    return None


def _box_on_rule(rule, rules, chars, label_box) -> tuple[float, float, float, float]:
    left, y, right = rule
    # text already printed on the rule (the official's name) stays readable: the box starts after it
    on_rule = [c for c in chars if left - 1 <= c[0] and c[2] <= right + 1 and y - 1 <= c[1] <= y + 12 and c[2] > c[0]]
    start = max([left] + [c[2] + BOX_GAP for c in on_rule])
    if right - start < BOX_MIN_WIDTH:
        start = left  # a very long name: the box covers the whole rule
    end = min(right, start + BOX_MAX_WIDTH)
    # below the next rule above (the line above this one), never over it
    ceiling = min([r[1] for r in rules if r[1] > y + 2 and r[0] < end and r[2] > start] + [y + BOX_HEIGHT + 3])
    top = min(y + BOX_HEIGHT, ceiling - 3)
    return (start, y + 0.8, end, max(top, y + 6 * MM))


# --- signing ----------------------------------------------------------------------------------------


def sign_pdf(pdf_bytes: bytes, signer: Signer, name: str, office: str,
             field_box: tuple[float, float, float, float] | None = None, page: int | None = None, *,
             visible: bool = True, label: str | None = None, when: dt.datetime | None = None,
             info: dict[str, str] | None = None) -> bytes:
    """The PDF signed at PAdES B-B in an incremental update (the original bytes stay as they were).

    The visible box goes to `field_box` on `page` (0-based, negative from the end; the last page when
    not given); with `page` alone, to that page's bottom right; with neither, to the place of the block
    labelled `label` (see signature_place), else the last page, bottom right. `visible=False` signs
    without a box (a card). `info`: entries added to the document information in the signed revision
    (e.g. the audit trail's anchor, app.store.anchor), so they are covered by the signature."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata

    when = (when or dt.datetime.now()).astimezone()
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    except (PdfError, ValueError, OSError) as exc:
        raise SigningError(f"Datoteka ni berljiv dokument PDF ({exc}).") from exc
    if info:
        _add_info(writer, info)
    if not visible:
        box, page_index = None, 0
    elif field_box is not None:
        box, page_index = tuple(field_box), (page if page is not None else -1)
    elif page is not None:
        box, page_index = None, page
    else:
        place = signature_place(pdf_bytes, label)
        box, page_index = place.box, place.page
    if visible and (page_index < 0 or box is None):
        count, width = _page_count_and_width(pdf_bytes, page_index)
        page_index = page_index % count if -count <= page_index < count else -1
        if page_index < 0:
            raise SigningError(f"Dokument ima {count} strani; strani s številko {page} (šteto od 0) ni.")
        box = box or _default_box(width)
    existing = {f[0] for f in fields.enumerate_sig_fields(writer)}
    field_name = FIELD_NAME
    number = 1
    while field_name in existing:
        number += 1
        field_name = f"{FIELD_NAME}{number}"
    meta = PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
                                name=name or signer.name, location=office_unit(office) or None, md_algorithm="sha256")
    params = {}
    style = None
    if box is not None:
        lines = stamp_lines(name or signer.name, office, when, box[2] - box[0])
        params = {"text": "\n".join(lines)}
        style = _stamp_style(frozenset(ord(ch) for ch in params["text"]) - _STAMP_SET)
    spec = fields.SigFieldSpec(field_name, on_page=page_index, box=box)
    pdf_signer = signers.PdfSigner(meta, signer=signer.pyhanko, stamp_style=style, new_field_spec=spec)
    reserved = _RESERVED.get(signer.fingerprint)
    try:
        out = pdf_signer.sign_pdf(writer, output=BytesIO(), appearance_text_params=params or None,
                                  bytes_reserved=reserved)
    except (PdfError, ValueError) as exc:
        raise SigningError(f"Dokumenta ni bilo mogoče podpisati ({exc}).") from exc
    signed = out.getvalue()
    if reserved is None:  # what pyHanko reserved for this key, learnt from the gap its ByteRange leaves
        ranges = _BYTE_RANGE.findall(signed)
        if ranges:
            start, length, after, _rest = map(int, ranges[-1])
            _RESERVED[signer.fingerprint] = after - (start + length) - 2
    return signed


def _add_info(writer, info: dict[str, str]) -> None:
    """Add entries to the PDF's document information dictionary in the revision being written."""
    from pyhanko.pdf_utils import generic

    if "/Info" in writer.trailer:
        current = writer.trailer.raw_get("/Info").get_object()
        for name, value in info.items():
            current[generic.pdf_name(name)] = generic.TextStringObject(value)
        writer.update_container(current)
    else:
        writer.set_info(generic.DictionaryObject({generic.pdf_name(name): generic.TextStringObject(value)
                                                  for name, value in info.items()}))


#: the space for each key's signature (hex digits), as pyHanko first estimated it: without it pyHanko
#: makes a dummy signature before every real one to estimate the size (~30 ms of each signature)
_RESERVED: dict[str, int] = {}
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


_STAMP_SET = frozenset(STAMP_CHARS) | {0x0A}


def _page_count_and_width(pdf_bytes: bytes, index: int) -> tuple[int, float]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        count = len(document)
        width = document[index].get_size()[0] if -count <= index < count else 0.0
        return count, width
    finally:
        document.close()


# --- verification -----------------------------------------------------------------------------------

VALID, INVALID, UNTRUSTED, UNSIGNED = "valid", "invalid", "untrusted", "unsigned"
STATUS_TEXT = {VALID: "veljaven", INVALID: "NEVELJAVEN", UNTRUSTED: "neznan podpisnik", UNSIGNED: "ni podpisan"}


@dataclass(frozen=True)
class Verdict:
    """What a signed PDF's (first) approval signature proves."""

    status: str  # valid | invalid | untrusted | unsigned
    signer: str = ""
    signing_time: dt.datetime | None = None
    modified_after_signing: bool = False
    message: str = ""
    intact: bool = False  # the signed bytes are unchanged
    trusted: bool = False  # the certificate chains to a trusted CA
    issuer: str = ""
    fingerprint: str = ""  # of the signer's certificate
    subfilter: str = ""
    timestamp: dt.datetime | None = None  # a document time-stamp added later (B-T), if any
    signatures: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == VALID

    @property
    def status_text(self) -> str:
        return STATUS_TEXT[self.status]


def _trust_roots(trust_pems: Iterable[str | bytes]):
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1

    roots = []
    for pem in trust_pems or ():
        try:
            roots.extend(translate_pyca_cryptography_cert_to_asn1(c) for c in load_pem_certificates(pem))
        except KeyFileError as exc:
            raise SigningError(f"Zaupanja vrednega potrdila ni mogoče prebrati: {exc}") from None
    return roots


def validation_context(trust_pems: Iterable[str | bytes] = (), **kwargs):
    """A ValidationContext trusting exactly these CA certificates, with no network access."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=_trust_roots(trust_pems), allow_fetching=False, **kwargs)


def verify_pdf(pdf_bytes: bytes, trust_pems: Iterable[str | bytes] = ()) -> Verdict:
    """Check the PDF's approval signature(s) against the trusted CA certificates (PEM) only.

    - any byte changed in a signed range → invalid ("tampered");
    - a later incremental update that changes the content (a field, an annotation, a page) →
      invalid with modified_after_signing (only signature maintenance — DSS, document
      time-stamps — is accepted after signing);
    - a certificate that does not chain to a trusted CA (self-signed, unknown CA) → untrusted.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import KeyUsageConstraints, validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel

    try:
        reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:
        return Verdict(INVALID, message=f"Datoteka ni berljiv dokument PDF ali je poškodovana ({exc}).")
    approvals = [s for s in embedded if str(s.sig_object_type) != "/DocTimeStamp"]
    stamps = [s for s in embedded if str(s.sig_object_type) == "/DocTimeStamp"]
    if not approvals:
        return Verdict(UNSIGNED, message="Dokument ni elektronsko podpisan.", signatures=0)
    roots = _trust_roots(trust_pems)
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
    verdicts = []
    for sig in approvals:
        verdicts.append(_verify_one(sig, roots, usage, validate_pdf_signature, ModificationLevel, SignatureCoverageLevel))
    verdict = next((v for v in verdicts if v.status == INVALID), None) or \
        next((v for v in verdicts if v.status == UNTRUSTED), None) or verdicts[0]
    timestamp = None
    for stamp in stamps:
        try:
            from pyhanko_certvalidator import ValidationContext

            ts_status = validate_pdf_timestamp(stamp, ValidationContext(trust_roots=roots, allow_fetching=False))
            if ts_status.intact and ts_status.valid and ts_status.trusted:
                timestamp = ts_status.timestamp
        except Exception:  # a broken time-stamp only loses the B-T claim
            continue
    details = [d for v in verdicts for d in v.details]
    if verdict.status in (VALID, UNTRUSTED):
        change = _change_outside_signed_content(pdf_bytes, reader, approvals)
        if change:
            return Verdict(**{**verdict.__dict__, "status": INVALID, "modified_after_signing": True,
                              "timestamp": timestamp, "signatures": len(approvals), "details": details + [change],
                              "message": (f"Dokument je bil po podpisu spremenjen ({change}); podpis velja le za "
                                          f"prvotno različico, ne za ta dokument.")})
    return Verdict(**{**verdict.__dict__, "timestamp": timestamp, "signatures": len(approvals), "details": details})


def _der_length(data: bytes) -> int | None:
    """The length of the DER structure at the start of `data` (tag, length, content), or None."""
    if len(data) < 2:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2:2 + count], "big")


def _info_view(resolver_trailer) -> dict:
    try:
        info = resolver_trailer.get("/Info")
        info = info.get_object() if info is not None else {}
        return {str(k): str(v.get_object()) for k, v in dict(info).items()}
    except Exception:  # an unreadable Info dictionary compares as itself
        return {"?": "?"}


def _change_outside_signed_content(pdf: bytes, reader, approvals) -> str | None:
    """What pyHanko's difference analysis accepts but is still a change after signing, or None:
    bytes after the last `%%EOF`, a signature's padding that is not zeros, the document information
    (title, author, …) changed in a later revision. Only signature maintenance (DSS, time-stamps) may follow."""
    end = pdf.rfind(b"%%EOF")
    if end < 0 or pdf[end + 5:].strip(b"\r\n\t \x00"):
        return "za koncem datoteke so dodani podatki"
    for sig in approvals:
        try:
            contents = bytes(sig.sig_object["/Contents"])
        except Exception:
            return "vsebine podpisa ni mogoče prebrati"
        length = _der_length(contents)
        if length is None or length > len(contents) or contents[length:].strip(b"\x00"):
            return "spremenjen je prostor za podpisom"
        try:
            signed_revision = sig.signed_revision
            if signed_revision < reader.xrefs.total_revisions - 1:
                before = _info_view(reader.get_historical_resolver(signed_revision).trailer_view)
                if before != _info_view(reader.trailer_view):
                    return "spremenjeni so podatki o dokumentu (naslov, avtor …)"
        except Exception:
            return "zgodovine sprememb dokumenta ni mogoče preveriti"
    return None


def _verify_one(sig, roots, usage, validate, ModificationLevel, SignatureCoverageLevel) -> Verdict:
    from cryptography import x509 as pyca_x509
    from pyhanko_certvalidator import ValidationContext

    try:
        cert = pyca_x509.load_der_x509_certificate(sig.signer_cert.dump())
        info = cert_info(cert)
        signer, issuer, fingerprint = info.common_name, info.issuer, info.fingerprint
    except Exception:
        signer, issuer, fingerprint = "", "", ""
    when = None
    try:
        when = sig.self_reported_timestamp
    except Exception:
        pass
    subfilter = ""
    try:
        subfilter = str(sig.sig_object.get("/SubFilter", ""))[1:]
    except Exception:
        pass
    base = dict(signer=signer, issuer=issuer, fingerprint=fingerprint, signing_time=when, subfilter=subfilter)
    try:
        status = validate(sig, ValidationContext(trust_roots=roots, allow_fetching=False), key_usage_settings=usage)
    except Exception as exc:  # a broken byte range, a malformed CMS …
        return Verdict(INVALID, message=f"Podpis ni veljaven: podpisa ni mogoče preveriti ({exc}).",
                       modified_after_signing=True, details=[repr(exc)], **base)
    when = status.signer_reported_dt or when
    base["signing_time"] = when
    if status.signing_cert is not None and not signer:
        base["signer"] = status.signing_cert.subject.human_friendly
    details = list(status.summary_fields()) if hasattr(status, "summary_fields") else []
    if not status.intact:
        return Verdict(INVALID, intact=False, modified_after_signing=True, details=details, message=(
            "Podpis ni veljaven: podpisana vsebina je bila spremenjena (dokument je bil ponarejen ali poškodovan)."),
            **base)
    if not status.valid:
        return Verdict(INVALID, intact=True, details=details,
                       message="Podpis ni veljaven: kriptografsko preverjanje podpisa ni uspelo.", **base)
    coverage = status.coverage
    level = status.modification_level
    modified = not (coverage == SignatureCoverageLevel.ENTIRE_FILE or (
        coverage == SignatureCoverageLevel.ENTIRE_REVISION and level is not None
        and level <= ModificationLevel.LTA_UPDATES and status.docmdp_ok is not False))
    if coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        return Verdict(INVALID, intact=True, modified_after_signing=True, details=details, message=(
            "Podpis ni veljaven: podpis ne pokriva celotnega dokumenta, kot je bil podpisan."), **base)
    if modified:
        what = {ModificationLevel.FORM_FILLING: "spremenjena so polja obrazca",
                ModificationLevel.ANNOTATIONS: "dodane ali spremenjene so opombe",
                }.get(level, "spremenjena je vsebina dokumenta")
        return Verdict(INVALID, intact=True, trusted=bool(status.trusted), modified_after_signing=True,
                       details=details, message=(
                           f"Dokument je bil po podpisu spremenjen ({what}); podpis velja le za prvotno "
                           f"različico, ne za ta dokument."), **base)
    if not status.trusted:
        return Verdict(UNTRUSTED, intact=True, trusted=False, details=details, message=(
            "Podpis je nepoškodovan, a podpisnik ni znan: njegovega potrdila ni izdal zaupanja vreden overitelj "
            "(uvozite potrdilo overitelja ali uporabite --trust CA.pem)."), **base)
    return Verdict(VALID, intact=True, trusted=True, details=details, message=(
        "Podpis je veljaven: dokument ni bil spremenjen po podpisu, podpisnik je potrjen."), **base)


# --- extension (B-T / B-LT) --------------------------------------------------------------------------


def extend_signature(pdf_bytes: bytes, timestamper, validation_context) -> bytes:
    """Extend a signed PDF towards B-LT/B-T in incremental updates: the validation data of every
    signature (certificates; revocation data when `validation_context` has it or may fetch it) in the
    document security store, then a document time-stamp from `timestamper` (a pyHanko TimeStamper:
    an HTTP TSA when a network is available; `make_test_tsa()` in tests). The signatures stay valid."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers import PdfTimeStamper
    from pyhanko.sign.validation import add_validation_info

    try:
        data = pdf_bytes
        reader = PdfFileReader(BytesIO(data), strict=False)
        if not reader.embedded_signatures:
            raise SigningError("Dokument ni podpisan; razširiti je mogoče le podpisan dokument.")
        for index in range(len(reader.embedded_signatures)):
            reader = PdfFileReader(BytesIO(data), strict=False)
            out = add_validation_info(reader.embedded_signatures[index], validation_context, output=BytesIO())
            data = out.getvalue()
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
        out = PdfTimeStamper(timestamper).timestamp_pdf(writer, "sha256", validation_context=validation_context,
                                                        output=BytesIO())
        return out.getvalue()
    except SigningError:
        raise
    except Exception as exc:
        raise SigningError(f"Podpisa ni bilo mogoče razširiti (časovni žig, podatki o veljavnosti): {exc}") from exc
