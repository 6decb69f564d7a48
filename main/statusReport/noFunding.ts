/** The funding source shown for budget lines without one (the report's data and its renderers share it). */
export const NO_FUNDING = 'Ikke angivet';
