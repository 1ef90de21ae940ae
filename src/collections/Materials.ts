import path from 'node:path'
import { type CollectionConfig, Forbidden } from 'payload'

import { isGroupMember } from '@/access/groupMembership'
import { inMemberGroups, memberOfAnyGroup, ownerOrCoordinator } from '@/access/workingGroupAccess'
import { idFrom } from '@/utilities/ids'
import { systemRequest } from '@/utilities/systemRequest'
import { fieldError } from '@/hooks/fieldError'
import { rejectFilesLargerThan, rejectFileTypes } from '@/hooks/rejectOversizedFile'
import { labelsFor } from '@/i18n/labels'
import {
  MAX_MATERIAL_BYTES,
  materialExtensions,
  materialMimeTypes,
} from '@/workingGroups/constants'
import { notifyGroup } from '@/workingGroups/notify'
import { uploadedByField } from '@/fields/uploadedBy'

const label = (key: string) => labelsFor('workingGroups', `fields.${key}`)

/**
 * Working-group materials (agendas, reports, spreadsheets, slides). Outside the public folder:
 * Payload serves each file at /api/materials/file/<name> only after this collection's read
 * access, so a non-member gets 403 for the file URL itself.
 */
export const Materials: CollectionConfig<'materials'> = {
  slug: 'materials',
  labels: { singular: label('material'), plural: label('materials') },
  admin: {
    group: label('group'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'workingGroup', 'meeting', 'createdAt'],
  },
  access: {
    read: inMemberGroups(),
    create: memberOfAnyGroup,
    update: ownerOrCoordinator('uploadedBy'),
    delete: ownerOrCoordinator('uploadedBy'),
  },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MATERIALS_DIR || 'data/materials'),
    mimeTypes: materialMimeTypes,
  },
  hooks: {
    beforeOperation: [
      rejectFileTypes(materialMimeTypes, materialExtensions),
      rejectFilesLargerThan(MAX_MATERIAL_BYTES),
    ],
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const group = data.workingGroup ?? originalDoc?.workingGroup
        // a member shares only within their own groups, and a meeting's material stays in its group
        if (req.user && !(await isGroupMember(req, group))) throw new Forbidden(req.t)
        if (data.replaces) {
          const earlier = await req.payload.findByID({
            collection: 'materials',
            id: idFrom(data.replaces)!,
            depth: 0,
            overrideAccess: true,
            req: systemRequest(req),
          })
          if (
            String(idFrom(earlier.workingGroup)) !== String(idFrom(group)) ||
            (originalDoc && String(earlier.id) === String(originalDoc.id))
          ) {
            throw fieldError(req, {
              collection: 'materials',
              path: 'replaces',
              namespace: 'workingGroups',
              key: 'errors.materialOfOtherGroup',
            })
          }
        }
        if (data.meeting) {
          const meeting = await req.payload.findByID({
            collection: 'meetings',
            id: idFrom(data.meeting)!,
            depth: 0,
            overrideAccess: true,
            req: systemRequest(req),
          })
          if (String(idFrom(meeting.workingGroup)) !== String(idFrom(group))) {
            throw fieldError(req, {
              collection: 'materials',
              path: 'meeting',
              namespace: 'workingGroups',
              key: 'errors.meetingOfOtherGroup',
            })
          }
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create' && !req.context.silent) {
          await notifyGroup(
            req.payload,
            {
              group: idFrom(doc.workingGroup)!,
              kind: 'material',
              material: doc.id,
              meeting: idFrom(doc.meeting),
              actor: req.user?.id,
            },
            req,
          )
        }
        return doc
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: label('materialTitle') },
    { name: 'description', type: 'textarea', maxLength: 2000, label: label('description') },
    {
      name: 'workingGroup',
      type: 'relationship',
      relationTo: 'working-groups',
      required: true,
      index: true,
      label: label('workingGroup'),
    },
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      index: true,
      label: label('meeting'),
    },
    {
      // an upload that supersedes an earlier file: the older ones stay readable as its versions
      name: 'replaces',
      type: 'relationship',
      relationTo: 'materials',
      index: true,
      label: label('replaces'),
      admin: { description: label('replacesHint') },
    },
    uploadedByField({ label: label('uploadedBy') }),
  ],
  timestamps: true,
}
