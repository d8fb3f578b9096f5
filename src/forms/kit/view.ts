// The names of the editors a form's page can show: data, because forms import no UI.

/**
 * `form`: the kit's list and editor (FormApp), the default. The others are the kit's editor
 * with custom widgets where a form needs them: `roster` (20,000 children: a windowed list and
 * the import), `evidence` (2-1: a checklist over the roster's children), `archive` (2-2: the
 * eight boxes). render/html/views maps each name to its island.
 */
export const FORM_VIEWS = ['form', 'roster', 'evidence', 'archive'] as const;
export type FormView = (typeof FORM_VIEWS)[number];
