import { SETTINGS_CONTENTS } from './contents';

export const CONTENTS_ID = 'settings-contents';

/** The GOV.UK contents list: in-page links to each section's heading, in the groups a manager looks for. */
export function SettingsContents() {
  return (
    <nav class="contents-list" aria-labelledby={CONTENTS_ID}>
      <h2 id={CONTENTS_ID} class="contents-list__title" tabIndex={-1}>
        Contents
      </h2>
      <div class="contents-list__groups">
        {SETTINGS_CONTENTS.map((group) => (
          <div key={group.title}>
            <h3 class="contents-list__group">{group.title}</h3>
            <ul class="contents-list__list">
              {group.sections.map((s) => (
                <li key={s.heading}>
                  <a href={`#${s.heading}`}>{s.label}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}

/** After a section: back up to the contents, rather than a long scroll on a tablet. */
export function BackToContents() {
  return (
    <p class="back-to-contents">
      <a href={`#${CONTENTS_ID}`}>Back to contents</a>
    </p>
  );
}
