import ICAL from 'ical.js'

/**
 * Parses an .ics the strict way a calendar application would: ical.js must read it, it has
 * exactly one VCALENDAR, every TZID a property uses is defined by exactly one VTIMEZONE, and
 * no VTIMEZONE is left unused. Throws with what is wrong; returns the calendar component.
 */
export function parseCalendarStrictly(text: string) {
  const parsed = ICAL.parse(text)
  if (!Array.isArray(parsed) || parsed[0] !== 'vcalendar') throw new Error('not one VCALENDAR')
  const calendar = new ICAL.Component(parsed)
  const defined = calendar
    .getAllSubcomponents('vtimezone')
    .map((zone) => String(zone.getFirstPropertyValue('tzid')))
  const used = new Set<string>()
  for (const component of calendar.getAllSubcomponents()) {
    if (component.name === 'vtimezone') continue
    for (const property of component.getAllProperties()) {
      const tzid = property.getParameter('tzid')
      if (tzid) used.add(String(tzid))
    }
  }
  const problems = [
    ...[...used]
      .filter((tzid) => !defined.includes(tzid))
      .map((tzid) => `TZID ${tzid} has no VTIMEZONE`),
    ...defined
      .filter((tzid, index) => defined.indexOf(tzid) !== index)
      .map((tzid) => `VTIMEZONE ${tzid} is defined twice`),
    ...defined.filter((tzid) => !used.has(tzid)).map((tzid) => `VTIMEZONE ${tzid} is not used`),
  ]
  if (problems.length > 0) throw new Error(problems.join('; '))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar
}
