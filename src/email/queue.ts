import type { Payload, PayloadRequest, TaskConfig } from 'payload'

type Message = { to: string; subject: string; html: string }

/** Every mail task's retries: ten attempts, from MAIL_RETRY_DELAY_MS (30 s) doubling each time. */
export const mailRetries = {
  attempts: 10,
  backoff: {
    type: 'exponential' as const,
    delay: Number(process.env.MAIL_RETRY_DELAY_MS ?? 30_000),
  },
}

/** A plain e-mail through the jobs queue: saved with the change, sent (and retried) apart from it. */
export async function queueMail(payload: Payload, message: Message, req?: PayloadRequest) {
  await payload.jobs.queue({ task: 'sendMail', input: message, ...(req ? { req } : {}) })
}

export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, html: input.html })
    return { output: {} }
  },
}
