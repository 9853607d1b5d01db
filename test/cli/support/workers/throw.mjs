// A CLI worker thread stand-in for the executor tests: fails as it starts (an 'error' event).
throw new Error('worker failed to start');
