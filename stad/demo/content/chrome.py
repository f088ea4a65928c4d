"""The header and footer of the site as it was written in the templates before editors owned it.

No contact details or social links: the site has not published any yet.
"""

from stad.demo.content.schema import FooterLink, SiteChrome, T

CHROME = SiteChrome(
    site_name=T("Stad van ontdekkingen", "City of Discoveries"),
    tagline=T("Leiden, kennisstad", "Leiden, city of knowledge"),
    footer_text=T(
        "Stad van ontdekkingen is de gezamenlijke website van de gemeente Leiden en haar "
        "kennispartners: Universiteit Leiden, Hogeschool Leiden, Naturalis en mboRijnland.",
        "City of Discoveries is the joint website of the municipality of Leiden and its "
        "knowledge partners: Leiden University, Leiden University of Applied Sciences, "
        "Naturalis and mboRijnland.",
    ),
    footer_links=[FooterLink("about"), FooterLink("accessibility"), FooterLink("privacy")],
)
