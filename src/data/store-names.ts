// What the upload store is known by, for code that must not load the store itself (the first
// view loads it only when this browser has stored uploads).
export const DB_NAME = 'cchc-dashboard';
export const CHANNEL_NAME = 'cchc-dashboard-uploads';
