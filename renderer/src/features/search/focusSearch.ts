/** Asks the search screen, when it is showing, to put the focus in its box (the "/" shortcut). */
export const FOCUS_SEARCH_EVENT = 'coachbook:focus-search'
