import type { AdminViewServerProps, Field } from 'payload'

import { localeConfigs, type TargetLocale, targetLocales } from '../../localization/locales'
import { openFindings } from '../../qa/facts/overrides'
import type { FactFinding } from '../../qa/facts/types'
import { fieldsReadability } from '../../qa/readability/fields'
import { type FieldText, readTranslationStatus, translatableCollections } from '../endpoints/translationStatus'
import type { TerminologyFinding } from '../terminology'
import { allowedActions, type StaffUser } from './client'
import { type DiffPart, diffText } from './diff'
import { FactFindingList } from './FactFindings'
import { ReadabilityNote } from './ReadabilityNote'
import { formatDateTime, methodLabel, type Translate, translator } from './messages'
import { ReviewActions } from './ReviewActions'
import { StateBadge } from './StateBadge'
import { requireStaff, ViewShell } from './ViewShell'

type Label = string | Record<string, string> | undefined | false | ((...args: never[]) => unknown)

const labelText = (label: Label, fallback: string, language: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return label[language] ?? label.en ?? Object.values(label)[0] ?? fallback
  return fallback
}

/** "Materials › 3 › Name" for `materials.2.name`, from the collection's field labels. */
const fieldLabel = (fields: Field[], path: string, language: string): string => {
  const parts: string[] = []
  let level: Field[] | undefined = fields
  const find = (list: Field[], name: string): Field | undefined => {
    for (const field of list) {
      if ('name' in field && field.name === name) return field
      if (!('name' in field) && 'fields' in field) {
        const found = find(field.fields, name)
        if (found) return found
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          const found = find(tab.fields, name)
          if (found) return found
        }
      }
    }
    return undefined
  }
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts.push(String(Number(segment) + 1))
      continue
    }
    const field: Field | undefined = level ? find(level, segment) : undefined
    parts.push(labelText(field && 'label' in field ? (field.label as Label) : undefined, segment, language))
    level = field && 'fields' in field ? (field.fields as Field[]) : undefined
  }
  return parts.join(' › ')
}

const Blocks = ({ field, empty, lang, dir }: { field?: FieldText; empty: string; lang: string; dir?: 'rtl' | 'ltr' }) => {
  if (!field || !field.text.trim()) return <p className="tw-review__empty">{empty}</p>
  return (
    <div lang={lang} dir={dir}>
      {field.blocks.map((block, index) => (
        <p key={index} className="tw-review__block">
          {block}
        </p>
      ))}
    </div>
  )
}

const Diff = ({ parts, side, t }: { parts: DiffPart[]; side: 'old' | 'new'; t: Translate }) => (
  <>
    {parts.map((part, index) => {
      if (part.op === 'equal') return <span key={index}>{part.text}</span>
      if (part.op === 'delete' && side === 'old') {
        return (
          <del key={index} title={t('deleted')}>
            {part.text}
          </del>
        )
      }
      if (part.op === 'insert' && side === 'new') {
        return (
          <ins key={index} title={t('inserted')}>
            {part.text}
          </ins>
        )
      }
      return null
    })}
  </>
)

const Findings = ({ findings, locale, t }: { findings: TerminologyFinding[]; locale: string; t: Translate }) =>
  findings.length === 0 ? null : (
    <div className="tw-review__findings">
      <strong>{t('findingsForField')}</strong>
      <ul>
        {findings.map((finding, index) => (
          <li key={`${finding.term}-${index}`}>
            <span lang="zh">{finding.term}</span> → <span lang={locale}>{finding.expected}</span>
          </li>
        ))}
      </ul>
    </div>
  )

/**
 * /admin/translation-review/:collection/:id/:locale — the Chinese source beside one language,
 * field by field, with the fields whose Chinese changed since translation highlighted (old and
 * new Chinese with the difference marked), terminology and fact findings per field (with the
 * overrides kept with the approval), and the review actions.
 */
export const ReviewView = async (props: AdminViewServerProps) => {
  const segments = (props.params?.segments ?? []) as string[]
  const [, slug = '', rawId = '', locale = ''] = segments
  const path = `/translation-review/${slug}/${rawId}/${locale}`
  const { language, staff } = requireStaff(props, path)
  const t = translator(language)
  const { req } = props.initPageResult
  const payload = req.payload
  const adminRoute = payload.config.routes.admin
  const dashboardCrumb = { label: t('dashboardTitle'), url: `${adminRoute}/translations` }

  if (!staff) {
    return (
      <ViewShell props={props} stepNav={[dashboardCrumb]}>
        <h1>{t('reviewTitle')}</h1>
        <p role="alert">{t('staffOnly')}</p>
      </ViewShell>
    )
  }

  const collection = translatableCollections(payload.config).find((entry) => entry.slug === slug)
  const isTarget = (targetLocales as readonly string[]).includes(locale)
  const status = collection && isTarget ? await readTranslationStatus(payload, collection, rawId, locale as TargetLocale) : null
  const entry = status?.languages[0]
  if (!collection || !status || !entry) {
    return (
      <ViewShell props={props} stepNav={[dashboardCrumb]}>
        <h1>{t('reviewTitle')}</h1>
        <p role="alert">{t('notFound')}</p>
      </ViewShell>
    )
  }

  const { record } = entry
  const targetByPath = new Map((entry.fields ?? []).map((field) => [field.path, field]))
  const sourceByPath = new Map(status.source.fields.map((field) => [field.path, field]))
  const paths = [...new Set([...status.source.fields.map(({ path }) => path), ...targetByPath.keys(), ...record.outdatedFields])]
  const changed = new Set(record.outdatedFields)
  const findingsByField = new Map<string, TerminologyFinding[]>()
  for (const finding of record.terminology) {
    if (finding.field) findingsByField.set(finding.field, [...(findingsByField.get(finding.field) ?? []), finding])
  }
  const factsByField = new Map<string, FactFinding[]>()
  for (const finding of record.facts) factsByField.set(finding.field, [...(factsByField.get(finding.field) ?? []), finding])
  const openFacts = openFindings(record.facts, record.factOverrides)
  const readabilityOf = (fields: FieldText[], fieldLocale: string) =>
    new Map(fieldsReadability(fields, fieldLocale).map((readability) => [readability.field, readability]))
  const sourceReadability = readabilityOf(status.source.fields, 'zh')
  const targetReadability = readabilityOf(entry.fields ?? [], entry.locale)
  const rowId = (fieldPath: string) => `tw-field-${fieldPath.replace(/[^a-zA-Z0-9_-]/g, '-')}`
  const actions = allowedActions(req.user as StaffUser, record.state, entry.locale)
  const editUrl = `${adminRoute}/collections/${collection.slug}/${status.id}?locale=${entry.locale}`
  const title = status.title ?? String(status.id)
  const collectionLabel = labelText(collection.labels?.plural as Label, collection.slug, language)
  const targetLabel = entry.label
  const dir = entry.rtl ? 'rtl' : 'ltr'
  const otherLanguages = localeConfigs.filter(({ code }) => code !== 'zh')

  return (
    <ViewShell
      props={props}
      className="tw-review-view"
      stepNav={[
        dashboardCrumb,
        { label: collectionLabel, url: `${adminRoute}/collections/${collection.slug}` },
        { label: title, url: editUrl },
        { label: `${t('review')} · ${targetLabel}` },
      ]}
    >
      <h1>
        {t('reviewTitle')}: <span lang="zh">{title}</span>
      </h1>
      <p className="tw-view__intro">{t('reviewIntro', { language: targetLabel })}</p>

      <nav className="tw-view__bar" aria-label={t('language')}>
        {otherLanguages.map(({ code, label }) =>
          code === entry.locale ? (
            <strong key={code} aria-current="page" lang={code}>
              {label}
            </strong>
          ) : (
            <a key={code} href={`${adminRoute}/translation-review/${collection.slug}/${status.id}/${code}`} lang={code}>
              {label}
            </a>
          ),
        )}
      </nav>

      <dl className="tw-view__meta">
        <div>
          <dt>{t('state')}</dt>
          <dd>
            <StateBadge state={record.state} language={language} />
          </dd>
        </div>
        <div>
          <dt>{t('method')}</dt>
          <dd>
            {methodLabel(language, record.method)}
            {record.engine ? ` (${record.engine})` : ''}
          </dd>
        </div>
        {record.translatedAt && (
          <div>
            <dt>{t('translatedAt')}</dt>
            <dd>
              <time dateTime={record.translatedAt}>{formatDateTime(language, record.translatedAt)}</time>
            </dd>
          </div>
        )}
        {record.reviewedAt && (
          <div>
            <dt>{t('reviewedAt')}</dt>
            <dd>
              <time dateTime={record.reviewedAt}>{formatDateTime(language, record.reviewedAt)}</time>
              {record.reviewedBy?.name ? ` · ${record.reviewedBy.name}` : ''}
              {record.reviewerDepartment ? ` · ${record.reviewerDepartment}` : ''}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('outdatedFields')}</dt>
          <dd data-count="outdated">{record.outdatedFields.length}</dd>
        </div>
        <div>
          <dt>{t('termFindings')}</dt>
          <dd data-count="terminology">{record.terminology.length}</dd>
        </div>
        <div>
          <dt>{t('factFindings')}</dt>
          <dd data-count="facts">{openFacts.length}</dd>
        </div>
      </dl>

      <div className="tw-view__bar">
        <ReviewActions
          collection={collection.slug}
          id={status.id}
          locale={entry.locale}
          languageLabel={targetLabel}
          actions={actions}
          findings={record.terminology}
          facts={openFacts}
        />
        <a className="tw-button tw-button--link" href={editUrl}>
          {t('editInLanguage', { language: targetLabel })}
        </a>
      </div>

      {record.terminology.length > 0 && (
        <section className="tw-review__findings tw-review__summary" aria-labelledby="tw-findings-heading">
          <strong id="tw-findings-heading">
            {t('termFindings')} ({record.terminology.length})
          </strong>
          <ul>
            {record.terminology.map((finding, index) => (
              <li key={`${finding.term}-${index}`}>
                <span lang="zh">{finding.term}</span> → <span lang={entry.locale}>{finding.expected}</span>
                {finding.field && paths.includes(finding.field) && (
                  <>
                    {' · '}
                    <a href={`#${rowId(finding.field)}`}>{fieldLabel(collection.fields, finding.field, language)}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {record.facts.length > 0 && (
        <section className="tw-review__findings tw-review__summary" aria-labelledby="tw-facts-heading">
          <strong id="tw-facts-heading">
            {t('factFindings')} ({openFacts.length}/{record.facts.length})
          </strong>
          <FactFindingList
            findings={record.facts}
            overrides={record.factOverrides}
            locale={entry.locale}
            language={language}
            place={(finding) =>
              paths.includes(finding.field) && (
                <>
                  {' · '}
                  <a href={`#${rowId(finding.field)}`}>{fieldLabel(collection.fields, finding.field, language)}</a>
                </>
              )
            }
          />
        </section>
      )}

      {paths.length === 0 ? (
        <p>{t('noFields')}</p>
      ) : (
        <table className="tw-table tw-review">
          <caption className="tw-sr-only">{t('reviewIntro', { language: targetLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('sourceColumn')}</th>
              <th scope="col">{t('targetColumn', { language: targetLabel })}</th>
            </tr>
          </thead>
          <tbody>
            {paths.map((fieldPath) => {
              const source = sourceByPath.get(fieldPath)
              const isChanged = changed.has(fieldPath)
              const previous = entry.previousSource[fieldPath] ?? ''
              const diff = isChanged ? diffText(previous, source?.text ?? '') : []
              return (
                <tr
                  key={fieldPath}
                  id={rowId(fieldPath)}
                  className={isChanged ? 'tw-review__changed' : undefined}
                  data-path={fieldPath}
                >
                  <th scope="row">
                    {fieldLabel(collection.fields, fieldPath, language)}
                    {isChanged && <span className="tw-review__flag">{t('changedField')}</span>}
                  </th>
                  <td>
                    <Blocks field={source} empty={t('emptySource')} lang="zh" />
                    <ReadabilityNote readability={sourceReadability.get(fieldPath)} language={language} />
                    {isChanged && (
                      <dl className="tw-review__diff" lang="zh">
                        <dt>{t('oldSource')}</dt>
                        <dd>{previous ? <Diff parts={diff} side="old" t={t} /> : t('emptySource')}</dd>
                        <dt>{t('newSource')}</dt>
                        <dd>{source?.text ? <Diff parts={diff} side="new" t={t} /> : t('emptySource')}</dd>
                      </dl>
                    )}
                  </td>
                  <td>
                    <Blocks field={targetByPath.get(fieldPath)} empty={t('emptyTarget')} lang={entry.locale} dir={dir} />
                    <Findings findings={findingsByField.get(fieldPath) ?? []} locale={entry.locale} t={t} />
                    {factsByField.has(fieldPath) && (
                      <div className="tw-review__findings">
                        <strong>{t('factFindings')}</strong>
                        <FactFindingList
                          findings={factsByField.get(fieldPath)!}
                          overrides={record.factOverrides}
                          locale={entry.locale}
                          language={language}
                        />
                      </div>
                    )}
                    <ReadabilityNote readability={targetReadability.get(fieldPath)} language={language} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </ViewShell>
  )
}
