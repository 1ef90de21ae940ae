import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { cs } from '@payloadcms/translations/languages/cs'
import { en } from '@payloadcms/translations/languages/en'
import { hu } from '@payloadcms/translations/languages/hu'
import { sk } from '@payloadcms/translations/languages/sk'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { shapeEditLocks } from '@/access/editLocks'
import { collections } from '@/collections'
import { MAX_DOCUMENT_BYTES } from '@/collections/Documents'
import { readSecret, readServerUrl } from '@/config/environment'
import { databaseAdapter } from '@/db/adapter'
import { applySqliteDurability } from '@/db/durability'
import { refreshQueryStatistics, refreshQueryStatisticsTask } from '@/db/statistics'
import { emailAdapter } from '@/email/adapter'
import { keepFieldErrors } from '@/hooks/fieldError'
import { plugins } from '@/plugins'
import { shouldRunJobs } from '@/utilities/jobLeader'
import { sendMailTask } from '@/email/queue'
import { queueEventRemindersTask, sendRegistrationMailTask } from '@/events/mail'
import { anonymiseRegistrationsTask } from '@/events/retention'
import { MAX_MATERIAL_BYTES } from '@/workingGroups/constants'
import {
  sendGroupNotificationTask,
  sendRsvpRemindersTask,
  sendWeeklyDigestsTask,
} from '@/workingGroups/notify'
import { applyOfficeDateFormats } from '@/i18n/adminDates'
import { adminTranslations } from '@/i18n/adminTranslations'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'

// the project root: Next.js, the npm scripts and the tests all run from it (and scripts run
// bundled, where import.meta.url would point into the bundle's folder)
const dirname = process.cwd()

// the admin's dates as each language writes them, where the server formats them (version views)
applyOfficeDateFormats()

export default buildConfig({
  secret: readSecret(),
  serverURL: readServerUrl(),
  admin: {
    user: 'users',
    // the default gravatar would be a request to a third party on every admin page
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Inclusion Platform' },
    components: {
      providers: [
        '/components/admin/AdminLanguage#AdminLanguage',
        '/components/admin/UploadToasts#UploadToasts',
      ],
      beforeDashboard: ['/components/admin/ModerationQueue#ModerationQueue'],
      afterNavLinks: [
        {
          path: '/components/admin/StaffNavLink#StaffNavLink',
          serverProps: { href: '/admin/live-edits', label: 'liveEdits.nav' },
        },
        {
          path: '/components/admin/StaffNavLink#StaffNavLink',
          serverProps: { href: '/admin/translations', label: 'translations.nav' },
        },
      ],
      views: {
        liveEdits: { Component: '/components/admin/LiveEdits#LiveEdits', path: '/live-edits' },
        translations: {
          Component: '/components/admin/TranslationQueue#TranslationQueue',
          path: '/translations',
        },
      },
    },
  },
  collections,
  db: await databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  i18n: {
    supportedLanguages: { sk, cs, hu, en },
    fallbackLanguage: defaultLocale,
    translations: adminTranslations,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  jobs: {
    tasks: [
      sendMailTask,
      sendRegistrationMailTask,
      queueEventRemindersTask,
      anonymiseRegistrationsTask,
      sendGroupNotificationTask,
      sendWeeklyDigestsTask,
      sendRsvpRemindersTask,
      refreshQueryStatisticsTask,
    ],
    // a long-running server sends queued mail every few seconds; tests run the queue themselves
    // with several instances only one of them schedules and runs (src/utilities/jobLeader.ts)
    autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 50, disableScheduling: true }],
    shouldAutoRun: shouldRunJobs,
    // kept when asked, to see what ran (the multi-instance test counts the runs)
    deleteJobOnComplete: process.env.JOBS_KEEP_COMPLETED !== 'on',
  },
  onInit: async (payload) => {
    await applySqliteDurability(payload)
    shapeEditLocks(payload)
    await refreshQueryStatistics(payload)
  },
  hooks: { afterError: [keepFieldErrors] },
  plugins,
  sharp,
  // the largest any collection accepts; each collection checks its own limit (rejectFilesLargerThan)
  upload: { limits: { fileSize: Math.max(MAX_DOCUMENT_BYTES, MAX_MATERIAL_BYTES) } },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
