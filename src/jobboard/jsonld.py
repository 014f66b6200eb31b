"""schema.org JobPosting structured data for job search engines (Google for Jobs), per posting page.

Only live postings get it, and it says only what the page shows. Templates write it with Jinja's
`tojson`, which escapes <, >, & and ' so that no value can close the <script> element.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .config import Config
from .model import Posting

EMPLOYMENT_TYPES = {"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACTOR",
                    "internship": "INTERN", "temporary": "TEMPORARY"}
UNITS = {"year": "YEAR", "month": "MONTH", "day": "DAY", "hour": "HOUR"}


def job_posting(posting: Posting, body_html: str, config: Config, page_url: str) -> dict[str, Any]:
    """The JobPosting object of a live posting."""
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": body_html,
        "datePosted": posting.date.isoformat(),
        "validThrough": valid_through(posting, config).isoformat(),
        "url": page_url,
        "directApply": False,  # applying happens on the employer's site or by e-mail
        "identifier": {"@type": "PropertyValue", "name": posting.company or config.title, "value": posting.slug},
    }
    # Google's word for an employer not named: the field is required
    data["hiringOrganization"] = {"@type": "Organization", "name": posting.company} if posting.company \
        else "confidential"
    if posting.employment_type:
        data["employmentType"] = EMPLOYMENT_TYPES[posting.employment_type]
    if posting.cities:
        data["jobLocation"] = [_place(city, posting.country) for city in posting.cities]
    elif posting.country and posting.remote != "remote":
        data["jobLocation"] = [_place(None, posting.country)]
    if posting.remote == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        if posting.country:
            data["applicantLocationRequirements"] = {"@type": "Country", "name": posting.country}
    if posting.salary:
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": UNITS[posting.salary.period]}
        if posting.salary.min is not None:
            value["minValue"] = posting.salary.min
        if posting.salary.max is not None:
            value["maxValue"] = posting.salary.max
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": posting.salary.currency, "value": value}
    return data


def valid_through(posting: Posting, config: Config) -> dt.date:
    """The day applications close: valid_through, else date + max_age_days (a year when ages never expire)."""
    if posting.valid_through:
        return posting.valid_through
    return posting.date + dt.timedelta(days=config.max_age_days or 365)


def _place(city: str | None, country: str | None) -> dict[str, Any]:
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if city:
        address["addressLocality"] = city
    if country:
        address["addressCountry"] = country
    return {"@type": "Place", "address": address}
