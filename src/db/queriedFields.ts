import type { CollectionSlug } from 'payload'

/**
 * Every field the site filters or sorts on (public pages' loaders, access rules, hooks, jobs,
 * endpoints), each to be served by an index on MongoDB and SQLite alike — declared with
 * `index: true`, `unique: true` or a compound index it leads (tests/int/indexes.int.spec.ts).
 * Queries on versions (`findVersions`) use the version's copy of the field, indexed with it.
 * Not here, because no index can serve them: `like` searches (`searchText`, titles) match
 * inside the text, and `createdAt`/`updatedAt`/`id`, which Payload indexes itself.
 */
export const queriedFields: {
  collection: CollectionSlug
  field: string
  query: string
  /** fields the same query fixes first: served by a compound index `[...after, field]` */
  after?: string[]
}[] = [
  // centres
  { collection: 'centres', field: 'slug', query: 'centre page, seeds, registration slugs' },
  { collection: 'centres', field: 'status', query: 'public read (publicWhere), directory index' },
  { collection: 'centres', field: 'organisation', query: 'representative access, contact opt-in' },
  { collection: 'centres', field: 'name', query: 'open data, organisation page (sort)' },
  { collection: 'centres', field: 'editedBy', query: 'live edits (versions)' },
  // organisations
  { collection: 'organisations', field: 'slug', query: 'organisation page, registration' },
  { collection: 'organisations', field: 'status', query: 'public read, registration' },
  {
    collection: 'organisations',
    field: 'representatives',
    query: 'representative access, personal data',
  },
  {
    collection: 'organisations',
    field: 'pendingRepresentatives',
    query: 'claimant access, moderation queue',
  },
  { collection: 'organisations', field: 'country', query: 'organisation list filter' },
  { collection: 'organisations', field: 'kind', query: 'organisation list filter' },
  { collection: 'organisations', field: 'region', query: 'organisation list filter' },
  { collection: 'organisations', field: 'activeRegions', query: 'organisation list filter' },
  { collection: 'organisations', field: 'registrationNumber', query: 'duplicate registration' },
  { collection: 'organisations', field: 'name', query: 'organisation list (sort)' },
  { collection: 'organisations', field: 'editedBy', query: 'live edits (versions)' },
  // events
  { collection: 'events', field: 'slug', query: 'event page' },
  { collection: 'events', field: 'status', query: 'public read, listing, reminders' },
  { collection: 'events', field: 'startsAt', query: 'listing (sort), reminders' },
  {
    collection: 'events',
    field: 'createdAt',
    after: ['startsAt'],
    query: 'listing order (ties by creation)',
  },
  { collection: 'events', field: 'endsAt', query: 'upcoming/past, calendar, retention' },
  { collection: 'events', field: 'status', after: ['endsAt'], query: 'upcoming/past (count)' },
  { collection: 'events', field: 'type', query: 'listing filter' },
  { collection: 'events', field: 'mode', query: 'listing filter' },
  { collection: 'events', field: 'languages', query: 'listing filter' },
  { collection: 'events', field: 'region', query: 'listing filter' },
  { collection: 'events', field: 'themes', query: 'listing filter' },
  // event registrations and seats
  { collection: 'event-registrations', field: 'event', query: 'seats, counts, organiser list' },
  { collection: 'event-registrations', field: 'email', query: 'one registration per address' },
  { collection: 'event-registrations', field: 'token', query: 'cancellation link' },
  { collection: 'event-registrations', field: 'status', query: 'counts, reminders' },
  { collection: 'event-registrations', field: 'organiser', query: 'organiser access' },
  { collection: 'event-registrations', field: 'reminderQueuedAt', query: 'reminders job' },
  { collection: 'event-seats', field: 'event', query: 'seat lock' },
  { collection: 'event-seats', field: 'registration', query: 'seat release' },
  // good practice
  { collection: 'case-studies', field: 'slug', query: 'case study page' },
  { collection: 'case-studies', field: '_status', query: 'public read' },
  { collection: 'case-studies', field: 'country', query: 'listing filter' },
  { collection: 'case-studies', field: 'regions', query: 'listing filter' },
  { collection: 'case-studies', field: 'themes', query: 'listing filter, related studies' },
  { collection: 'case-studies', field: 'targetGroups', query: 'listing filter' },
  { collection: 'case-studies', field: 'evidenceTier', query: 'listing filter' },
  { collection: 'case-studies', field: 'period.from', query: 'listing, impact (period, sort)' },
  { collection: 'case-studies', field: 'period.to', query: 'listing, impact (period)' },
  { collection: 'case-studies', field: 'review.state', query: 'moderation queue (versions)' },
  // strategies
  { collection: 'strategies', field: 'slug', query: 'strategy page' },
  { collection: 'strategies', field: 'status', query: 'public read' },
  { collection: 'strategies', field: 'organisation', query: 'public read, representative access' },
  ...(['centres', 'caseStudies', 'events'] as const).map((kind) => ({
    collection: 'strategies' as const,
    field: `themes.goals.measures.${kind}`,
    query: 'measures a centre, case study or event serves (their pages)',
  })),
  // working groups
  { collection: 'working-groups', field: 'slug', query: 'group pages' },
  { collection: 'working-groups', field: 'listedPublicly', query: 'public read' },
  { collection: 'working-groups', field: 'members', query: 'membership' },
  { collection: 'working-groups', field: 'coordinators', query: 'membership' },
  { collection: 'working-groups', field: 'name', query: 'group list (sort)' },
  { collection: 'meetings', field: 'workingGroup', query: 'meeting access, group pages' },
  { collection: 'meetings', field: 'startsAt', query: 'group pages (sort), invitations job' },
  { collection: 'meetings', field: 'status', query: 'account page, invitations, versions' },
  {
    collection: 'meetings',
    field: 'number',
    after: ['workingGroup'],
    query: 'a group’s next number (sort), number taken',
  },
  { collection: 'meetings', field: 'actionItems.dueDate', query: 'overdue action items job' },
  { collection: 'materials', field: 'workingGroup', query: 'material access, group page' },
  { collection: 'materials', field: 'uploadedBy', query: 'own materials, personal data' },
  { collection: 'minutes-comments', field: 'meeting', query: 'meeting page, minutes workflow' },
  { collection: 'minutes-comments', field: 'author', query: 'own comments, personal data' },
  { collection: 'minutes-comments', field: 'resolved', query: 'minutes workflow' },
  { collection: 'minutes-comments', field: 'replyTo', query: 'minutes workflow' },
  { collection: 'member-notifications', field: 'user', query: 'own notifications, personal data' },
  { collection: 'member-notifications', field: 'meeting', query: 'notification jobs' },
  {
    collection: 'member-notifications',
    field: 'kind',
    after: ['meeting'],
    query: 'invitation and reminder jobs',
  },
  { collection: 'member-notifications', field: 'mode', query: 'digest job' },
  { collection: 'member-notifications', field: 'sentAt', query: 'digest job' },
  // accounts and files
  { collection: 'users', field: 'email', query: 'sign-in, registration, e-mail change' },
  { collection: 'users', field: 'roles', query: 'representative picker (filterOptions)' },
  { collection: 'users', field: 'name', query: 'member lists (sort)' },
  { collection: 'media', field: 'uploadedBy', query: 'own media' },
  { collection: 'media', field: 'usedBy', query: 'media access' },
  { collection: 'media', field: 'publicUse', query: 'media access' },
  // taxonomies
  { collection: 'regions', field: 'code', query: 'filters, registration, position' },
  { collection: 'regions', field: 'country', query: 'position (map bounds)' },
  { collection: 'regions', field: 'name', query: 'filter lists (sort)' },
  { collection: 'service-types', field: 'code', query: 'registration' },
  { collection: 'service-types', field: 'name', query: 'filter lists (sort)' },
  { collection: 'themes', field: 'code', query: 'filter lists (sort)' },
  { collection: 'themes', field: 'name', query: 'filter lists (sort)' },
  { collection: 'target-groups', field: 'code', query: 'filter lists (sort)' },
  { collection: 'target-groups', field: 'name', query: 'filter lists (sort)' },
  { collection: 'indicator-types', field: 'code', query: 'seeds, filter lists (sort)' },
]
