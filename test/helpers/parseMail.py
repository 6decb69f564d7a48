"""Splits a raw MIME message with Python's `email` package and reads every calendar part with the
independent `icalendar` library; prints headers, attachments (with SHA-256 of their bytes) and the
calendar content as JSON. Times are given in Europe/Copenhagen local time."""
import hashlib
import json
import sys
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

from icalendar import Calendar

tz = ZoneInfo('Europe/Copenhagen')


def read_calendar(data):
    cal = Calendar.from_ical(data)
    events = []
    for ev in cal.walk('VEVENT'):
        attendees = ev.get('ATTENDEE', [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        org = ev.get('ORGANIZER')
        events.append({
            'uid': str(ev.get('UID')),
            'sequence': int(ev.get('SEQUENCE', 0)),
            'status': str(ev.get('STATUS', '')),
            'summary': str(ev.get('SUMMARY', '')),
            'location': str(ev.get('LOCATION', '')),
            'start': ev.decoded('DTSTART').astimezone(tz).strftime('%Y-%m-%d %H:%M'),
            'end': ev.decoded('DTEND').astimezone(tz).strftime('%Y-%m-%d %H:%M'),
            'tzid': ev['DTSTART'].params.get('TZID'),
            'organizer': None if org is None else {'email': str(org), 'cn': str(org.params.get('CN', ''))},
            'attendees': [{
                'email': str(a), 'cn': str(a.params.get('CN', '')), 'role': str(a.params.get('ROLE', '')),
                'rsvp': str(a.params.get('RSVP', '')), 'partstat': str(a.params.get('PARTSTAT', '')),
            } for a in attendees],
        })
    tzids = [str(t.get('TZID')) for t in cal.walk('VTIMEZONE')]
    return {'method': str(cal.get('METHOD', '')), 'vtimezones': tzids, 'events': events}


msg = message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
out = {
    'subject': str(msg['Subject'] or ''),
    'from': str(msg['From'] or ''),
    'to': [a.addr_spec for a in (msg['To'].addresses if msg['To'] else [])],
    'toNames': [a.display_name for a in (msg['To'].addresses if msg['To'] else [])],
    'xUnsent': msg['X-Unsent'],
    'messageId': msg['Message-ID'],
    'text': '',
    'attachments': [],
    'calendarParts': [],
}
body = msg.get_body(preferencelist=('plain',))
if body is not None:
    out['text'] = body.get_content()
for part in msg.iter_attachments():
    data = part.get_payload(decode=True)
    out['attachments'].append({
        'filename': part.get_filename(), 'contentType': part.get_content_type(),
        'sha256': hashlib.sha256(data).hexdigest(), 'size': len(data),
    })
for part in msg.walk():
    if part.get_content_type() in ('text/calendar', 'application/ics'):
        data = part.get_payload(decode=True)
        out['calendarParts'].append({
            'contentType': part.get_content_type(), 'methodParam': part.get_param('method'),
            'disposition': part.get_content_disposition(), 'calendar': read_calendar(data),
        })
print(json.dumps(out, ensure_ascii=False))
