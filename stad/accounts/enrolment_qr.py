"""The QR code an authenticator app scans, drawn here as SVG: the secret never leaves the site
(no chart service, no image host)."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.utils.safestring import mark_safe


def enrolment_qr_svg(device):
    """The device's ``otpauth://`` address as an SVG QR code, on white so dark themes scan."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    # Built by qrcode from the device's own URL; nothing typed by anyone is in it.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308


def readable_key(device):
    """The secret in groups of four, for typing into an app when scanning is not possible."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))
