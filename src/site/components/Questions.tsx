type Row = { id?: string | null; question: string; answer: string }

/** Questions and answers (a service's FAQs, an interpretation's Q&A). */
export const Questions = ({ contentLang, rows }: { contentLang?: string; rows: Row[] }) => (
  <dl className="questions" lang={contentLang}>
    {rows.map((row) => (
      <div key={row.id ?? row.question}>
        <dt>{row.question}</dt>
        <dd>{row.answer}</dd>
      </div>
    ))}
  </dl>
)
