import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers } from 'next/headers'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { DatabaseUnavailable } from '@/components/admin/DatabaseUnavailable'
import { databaseProblem } from '@/db/health'
import { negotiateLocale } from '@/i18n/negotiate'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = async ({ children }: Args) => {
  // Payload's layout reads the session from the database: without one it could only crash
  const problem = await databaseProblem()
  if (problem) return <DatabaseUnavailable locale={negotiateLocale((await headers()).get('accept-language'))} problem={problem} />
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}

export default Layout
