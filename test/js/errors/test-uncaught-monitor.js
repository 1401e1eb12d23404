// exit: 1
process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o));
throw new Error('monitored');
