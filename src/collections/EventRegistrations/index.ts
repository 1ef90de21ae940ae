import type { CollectionConfig, FieldAccess } from 'payload'

import { organisesEvent } from '@/access/eventOrganiser'
import { isAdmin } from '@/access/isAdmin'
import { registrationStatuses } from '@/events/constants'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { locales, localeNames } from '@/i18n/locales'

import { applyStatusChange, checkStatusChange } from './hooks/statusChange'

const label = (key: string) => labelsFor('events', `fields.${key}`)
const nobody: FieldAccess = () => false

/**
 * A person's registration for an event. The public never writes here directly: the
 * registration service (HTTP endpoint and the page's form share it) creates them, holding
 * seats and the waiting list; organisers change the status, and hooks keep seats, the
 * waiting list and the e-mails in step with every change, wherever it was made.
 */
export const EventRegistrations: CollectionConfig<'event-registrations'> = {
  slug: 'event-registrations',
  labels: { singular: label('registrationsSingular'), plural: label('registrations') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'event', 'status', 'waitlistPosition', 'mailStatus'],
    group: label('group'),
    listSearchableFields: ['name', 'email', 'organisation'],
  },
  defaultSort: 'createdAt',
  indexes: [{ fields: ['event', 'email'], unique: true }],
  access: {
    read: organisesEvent,
    // only the registration service, which validates, rate-limits and holds the seats
    create: ({ req }) => req.context.eventRegistrationService === true,
    update: organisesEvent,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [checkStatusChange],
    afterChange: [applyStatusChange],
  },
  fields: [
    {
      // the answers on a tab of their own: Payload renders only the open tab, and the answers' code
      // editor is slow to start; unnamed tabs keep the data, the database and the API as they are
      type: 'tabs',
      tabs: [
        {
          label: labelsFor('admin', 'tabs.registration'),
          fields: [
            {
              name: 'event',
              type: 'relationship',
              relationTo: 'events',
              required: true,
              index: true,
              label: label('event'),
              access: { update: nobody },
            },
            { name: 'name', type: 'text', required: true, maxLength: 120, label: label('name') },
            {
              name: 'email',
              type: 'email',
              required: true,
              index: true,
              label: label('email'),
              access: { update: nobody },
            },
            {
              name: 'organisation',
              type: 'text',
              maxLength: 200,
              label: label('participantOrganisation'),
            },
            {
              name: 'consent',
              type: 'checkbox',
              required: true,
              label: label('consent'),
              access: { update: nobody },
            },
            {
              name: 'language',
              type: 'select',
              required: true,
              defaultValue: 'sk',
              options: locales.map((value) => ({ value, label: localeNames[value] })),
              label: label('language'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.answers'),
          fields: [
            { name: 'answers', type: 'json', label: label('answers'), access: { update: nobody } },
          ],
        },
      ],
    },
    {
      name: 'organiser',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      label: label('organisation'),
      access: { update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom('events', 'registrationStatuses', registrationStatuses),
      label: label('registrationStatus'),
      admin: { position: 'sidebar' },
    },
    {
      // said to the registrant in the mail when the organiser declines or cancels their seat
      name: 'decisionReason',
      type: 'textarea',
      maxLength: 500,
      label: label('decisionReason'),
      admin: {
        position: 'sidebar',
        description: labelsFor('events', 'fields.decisionReasonHint'),
        condition: (data) => data?.status === 'cancelled' || data?.status === 'pending',
      },
    },
    {
      name: 'waitlistPosition',
      type: 'number',
      label: label('waitlistPosition'),
      access: { update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Cell: '/components/admin/BlankWhenEmpty#BlankWhenEmpty' },
      },
    },
    // when the person joined the waiting list: its order (re-set on demotion to keep them first)
    {
      name: 'waitlistedAt',
      type: 'date',
      index: true,
      access: { update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'attendedAt',
      type: 'date',
      label: label('attendedAt'),
      access: { update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'mailStatus',
      type: 'select',
      options: ['queued', 'sent', 'failed'].map((value) => ({
        value,
        label: labelsFor('events', `manage.mailStatusOptions.${value}`),
      })),
      label: label('mailStatus'),
      access: { update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'mailError',
      type: 'text',
      label: label('mailError'),
      access: { update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reminderQueuedAt',
      type: 'date',
      index: true,
      access: { update: nobody },
      admin: { hidden: true },
    },
    {
      // the registrant's own key to see and cancel the registration; never leaves the server
      // except in their e-mails
      name: 'token',
      type: 'text',
      required: true,
      unique: true,
      access: { read: nobody, update: nobody },
      admin: { hidden: true },
    },
  ],
}
