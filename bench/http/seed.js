'use strict';
// The seed example of issue 5, unchanged but for the port (PORT, default 3000).
const http = require('http');
const server = http.createServer((req, res) => {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!\n');
});
const port = Number(process.env.PORT) || 3000;
server.listen(port, '127.0.0.1', () => console.log(`Server running at http://127.0.0.1:${port}/`));
