import { baseIDField, type CollectionConfig, type Field } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { agendaItemReadable, meetingMembersOnly, minutesReadable } from '@/access/meetingMinutes'
import { groupMembership } from '@/access/groupMembership'
import { readableMeetings, readableMeetingVersions } from '@/access/meetingAccess'
import { isStaff } from '@/access/roles'
import { coordinatesAnyGroup, inCoordinatedGroups } from '@/access/workingGroupAccess'
import { dateInZone } from '@/fields/dateInZone'
import { namedRows } from '@/fields/rowLabel'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import {
  actionItemStatuses,
  attendanceStatuses,
  meetingStatuses,
  rsvpAnswers,
} from '@/workingGroups/constants'

import { attendanceFromRsvps } from './hooks/attendanceFromRsvps'
import { dropHiddenAgendaItems } from './hooks/dropHiddenAgendaItems'
import { minutesWorkflow, numberMeeting } from './hooks/minutesWorkflow'
import { nameMeeting } from './hooks/nameMeeting'
import { notifyMeetingChange } from './hooks/notifyMeetingChange'
import { takeGroupTimeZone } from './hooks/takeGroupTimeZone'

const label = (key: string) => labelsFor('workingGroups', `fields.${key}`)
const t = (req: Parameters<typeof requestLocale>[0]) => getT(requestLocale(req), 'workingGroups')
const membersOnly = { read: meetingMembersOnly }
// the person a row of attendance or of answers to the invitation is about
// (a fresh object each time: Payload sanitises field configs in place)
const memberField = (): Field => ({
  name: 'member',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  label: label('member'),
})

/**
 * A meeting of a working group with its agenda, attendance, minutes per agenda item and action
 * items. Every saved state is kept as a version; once approved, the minutes change only with a
 * stated reason.
 */
export const Meetings: CollectionConfig<'meetings'> = {
  slug: 'meetings',
  labels: { singular: label('meeting'), plural: label('meetings') },
  admin: {
    useAsTitle: 'listTitle',
    defaultColumns: ['listTitle', 'workingGroup', 'startsAt', 'status'],
    group: label('group'),
  },
  defaultSort: '-startsAt',
  // a group's next number (its highest, sorted) and the check that it is not taken
  indexes: [{ fields: ['workingGroup', 'number'] }],
  // what the field access of the minutes decides from, loaded whatever the caller selects
  forceSelect: { workingGroup: true, status: true },
  versions: { maxPerDoc: 0 },
  access: {
    read: readableMeetings,
    readVersions: readableMeetingVersions,
    create: coordinatesAnyGroup,
    update: inCoordinatedGroups(),
    delete: isEditorOrAbove,
  },
  hooks: {
    beforeValidate: [takeGroupTimeZone, numberMeeting],
    beforeChange: [minutesWorkflow, attendanceFromRsvps, nameMeeting],
    afterChange: [notifyMeetingChange],
    afterRead: [dropHiddenAgendaItems],
  },
  fields: [
    {
      // the agenda and the record of the meeting on tabs of their own: Payload renders only the open
      // tab, so the form takes input without first building every row; unnamed tabs keep the data,
      // the database and the API as they are
      type: 'tabs',
      tabs: [
        {
          label: labelsFor('admin', 'tabs.meeting'),
          fields: [
            {
              name: 'workingGroup',
              type: 'relationship',
              relationTo: 'working-groups',
              required: true,
              index: true,
              label: label('workingGroup'),
              // coordinators pick among the groups they run
              filterOptions: async ({ req }) => {
                if (!req.user || isStaff(req)) return true
                return { id: { in: (await groupMembership(req)).coordinator } }
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'number',
                  type: 'number',
                  min: 1,
                  label: label('number'),
                  admin: { description: label('numberHint') },
                },
                { name: 'title', type: 'text', maxLength: 200, label: label('title') },
              ],
            },
            {
              // the group, number and day when the meeting has no title: see nameMeeting
              name: 'listTitle',
              type: 'text',
              label: labelsFor('admin', 'fields.listTitle'),
              // whatever a client sends, nameMeeting writes it again on every save
              admin: { readOnly: true, condition: () => false },
            },
            dateInZone('startsAt', {
              label: label('startsAt'),
              index: true,
              requiredMessage: (req) => t(req)('errors.required'),
            }),
            dateInZone('endsAt', {
              label: label('endsAt'),
              after: { field: 'startsAt', message: (req) => t(req)('errors.endBeforeStart') },
              requiredMessage: (req) => t(req)('errors.required'),
            }),
            { name: 'venue', type: 'text', maxLength: 300, label: label('venue') },
            {
              name: 'onlineUrl',
              type: 'text',
              maxLength: 500,
              label: label('onlineUrl'),
              access: membersOnly,
              validate: (value: unknown, { req }: { req: Parameters<typeof requestLocale>[0] }) =>
                !value || /^https:\/\/[^\s<>"]+$/.test(String(value)) ? true : t(req)('errors.url'),
            },
            {
              name: 'invitation',
              type: 'textarea',
              maxLength: 4000,
              label: label('invitation'),
              access: membersOnly,
            },
            {
              name: 'event',
              type: 'relationship',
              relationTo: 'events',
              label: label('event'),
              admin: { description: label('eventHint') },
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.agendaMinutes'),
          fields: [
            namedRows(
              {
                name: 'agenda',
                type: 'array',
                label: label('agenda'),
                labels: { singular: label('agendaItem'), plural: label('agenda') },
                maxRows: 40,
                fields: [
                  // the row's id too: a filter on it would tell outsiders that internal items exist
                  { ...baseIDField, access: { read: agendaItemReadable } },
                  {
                    name: 'title',
                    type: 'text',
                    required: true,
                    maxLength: 300,
                    label: label('agendaTitle'),
                    access: { read: agendaItemReadable },
                  },
                  {
                    name: 'presenter',
                    type: 'text',
                    maxLength: 200,
                    label: label('presenter'),
                    access: { read: agendaItemReadable },
                  },
                  {
                    name: 'public',
                    type: 'checkbox',
                    defaultValue: false,
                    label: label('agendaPublic'),
                  },
                  {
                    name: 'materials',
                    type: 'relationship',
                    relationTo: 'materials',
                    hasMany: true,
                    label: label('materials'),
                    access: membersOnly,
                  },
                  {
                    name: 'discussion',
                    type: 'textarea',
                    maxLength: 20000,
                    label: label('discussion'),
                    access: { read: minutesReadable },
                  },
                  {
                    name: 'decision',
                    type: 'textarea',
                    maxLength: 4000,
                    label: label('decision'),
                    access: { read: minutesReadable },
                  },
                ],
              },
              [{ field: 'title' }],
              labelsFor('admin', 'adding.agendaItem'),
            ),
          ],
        },
        {
          label: labelsFor('admin', 'tabs.attendanceTasks'),
          fields: [
            namedRows(
              {
                name: 'attendance',
                type: 'array',
                label: label('attendance'),
                labels: { singular: label('member'), plural: label('attendance') },
                access: membersOnly,
                fields: [
                  {
                    type: 'row',
                    fields: [
                      memberField(),
                      {
                        name: 'status',
                        type: 'select',
                        required: true,
                        defaultValue: 'present',
                        options: optionsFrom(
                          'workingGroups',
                          'attendanceStatuses',
                          attendanceStatuses,
                        ),
                        label: label('attendanceStatus'),
                      },
                    ],
                  },
                ],
              },
              [{ field: 'member', relationTo: 'users' }],
              labelsFor('admin', 'adding.member'),
            ),
            namedRows(
              {
                name: 'guests',
                type: 'array',
                label: label('guests'),
                labels: { singular: label('guestName'), plural: label('guests') },
                access: membersOnly,
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'name',
                        type: 'text',
                        required: true,
                        maxLength: 200,
                        label: label('guestName'),
                      },
                      {
                        name: 'organisation',
                        type: 'text',
                        maxLength: 200,
                        label: label('guestOrganisation'),
                      },
                    ],
                  },
                ],
              },
              [{ field: 'name' }, { field: 'organisation' }],
              labelsFor('admin', 'adding.guest'),
            ),
            namedRows(
              {
                name: 'actionItems',
                type: 'array',
                label: label('actionItems'),
                labels: { singular: label('actionItem'), plural: label('actionItems') },
                access: membersOnly,
                fields: [
                  {
                    name: 'task',
                    type: 'textarea',
                    required: true,
                    maxLength: 1000,
                    label: label('task'),
                  },
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'assignee',
                        type: 'relationship',
                        relationTo: 'users',
                        label: label('assignee'),
                      },
                      {
                        name: 'assigneeName',
                        type: 'text',
                        maxLength: 200,
                        label: label('assigneeName'),
                      },
                      {
                        name: 'dueDate',
                        type: 'date',
                        index: true,
                        label: label('dueDate'),
                        admin: { date: { pickerAppearance: 'dayOnly' } },
                      },
                      {
                        name: 'status',
                        type: 'select',
                        required: true,
                        defaultValue: 'open',
                        options: optionsFrom('workingGroups', 'actionStatuses', actionItemStatuses),
                        label: label('actionStatus'),
                      },
                    ],
                  },
                ],
              },
              [{ field: 'task' }],
              labelsFor('admin', 'adding.actionItem'),
            ),
            namedRows(
              {
                // the members' answers to the invitation, written only by the RSVP service (`answerRsvp`)
                name: 'rsvps',
                type: 'array',
                label: label('rsvps'),
                labels: { singular: label('rsvp'), plural: label('rsvps') },
                access: { ...membersOnly, create: () => false, update: () => false },
                admin: { readOnly: true, description: label('rsvpsHint') },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      memberField(),
                      {
                        name: 'answer',
                        type: 'select',
                        required: true,
                        options: optionsFrom('workingGroups', 'rsvpAnswers', rsvpAnswers),
                        label: label('rsvpAnswer'),
                      },
                      {
                        name: 'answeredAt',
                        type: 'date',
                        required: true,
                        label: label('answeredAt'),
                        admin: { date: { pickerAppearance: 'dayAndTime' } },
                      },
                    ],
                  },
                ],
              },
              [{ field: 'member' }, { field: 'answer' }],
            ),
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: optionsFrom('workingGroups', 'statuses', meetingStatuses),
      label: label('status'),
      admin: { position: 'sidebar', description: label('statusHint') },
    },
    {
      name: 'amendmentReason',
      type: 'text',
      maxLength: 500,
      label: label('amendmentReason'),
      access: membersOnly,
      admin: { position: 'sidebar', description: label('amendmentReasonHint') },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: label('approvedAt'),
      admin: { position: 'sidebar', readOnly: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('approvedBy'),
      admin: { position: 'sidebar', readOnly: true },
      access: { ...membersOnly, create: () => false, update: () => false },
    },
  ],
  timestamps: true,
}
