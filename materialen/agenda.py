"""iCalendar (RFC 5545) feeds of the meetings, built with the icalendar library."""

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

PRODID = "-//Kennisplatform Regionale Samenwerking//Bijeenkomsten//NL"


def _absoluut(pad):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + pad


def agenda(bijeenkomsten, naam):
    kalender = Calendar()
    kalender.add("prodid", PRODID)
    kalender.add("version", "2.0")
    kalender.add("calscale", "GREGORIAN")
    kalender.add("method", "PUBLISH")
    kalender.add("x-wr-calname", naam)
    kalender.add("x-wr-timezone", settings.TIME_ZONE)
    for bijeenkomst in bijeenkomsten:
        kalender.add_component(gebeurtenis(bijeenkomst))
    return kalender.to_ical()


def gebeurtenis(bijeenkomst):
    event = Event()
    event.add("uid", f"{bijeenkomst.uid}@kennisplatform-regionale-samenwerking")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", bijeenkomst.begin)
    event.add("dtend", bijeenkomst.einde)
    event.add("summary", f"{bijeenkomst.titel} ({bijeenkomst.organisator_naam})")
    plaats = bijeenkomst.locatie or ("Online" if bijeenkomst.online_link else "")
    if plaats:
        event.add("location", plaats)
    url = _absoluut(bijeenkomst.get_absolute_url())
    event.add("url", url)
    beschrijving = [strip_tags(bijeenkomst.agenda).strip()]
    if bijeenkomst.online_link:
        beschrijving.append(f"Online deelnemen: {bijeenkomst.online_link}")
    beschrijving.append(f"Meer informatie: {url}")
    event.add("description", "\n\n".join(d for d in beschrijving if d))
    event.add("categories", [bijeenkomst.get_soort_display()])
    return event
