"""Reads an .ics file with the independent `icalendar` library and prints its events as JSON,
with start and end converted to Europe/Copenhagen local time."""
import json
import sys
from zoneinfo import ZoneInfo

from icalendar import Calendar

cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
tz = ZoneInfo('Europe/Copenhagen')
events = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    end = ev.decoded('DTEND')
    attendees = ev.get('ATTENDEE', [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    events.append({
        'summary': str(ev.get('SUMMARY')),
        'location': str(ev.get('LOCATION', '')),
        'description': str(ev.get('DESCRIPTION', '')),
        'tzid': ev['DTSTART'].params.get('TZID'),
        'start': start.astimezone(tz).strftime('%Y-%m-%d %H:%M'),
        'end': end.astimezone(tz).strftime('%Y-%m-%d %H:%M'),
        'utcStart': start.astimezone(ZoneInfo('UTC')).strftime('%Y-%m-%d %H:%M'),
        'attendees': [{'email': str(a), 'cn': str(a.params.get('CN', '')), 'partstat': str(a.params.get('PARTSTAT', ''))} for a in attendees],
    })
print(json.dumps({'method': str(cal.get('METHOD', '')), 'events': events}, ensure_ascii=False))
