'use strict';
// A Node script using a Java library: an in-memory H2 SQL database through JDBC.
// Run with examples/java-interop/run (package.json declares H2 in "javaDependencies").
// The driver is used directly: DriverManager only hands out drivers visible to its caller's
// class loader, and here the caller is the JS engine, not a class from the H2 jar's loader.
const Driver = require('java:org.h2.Driver');
const Properties = require('java:java.util.Properties');

const db = new Driver().connect('jdbc:h2:mem:demo', new Properties());
try {
  const ddl = db.createStatement();
  ddl.execute('CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(64), born INT)');
  const insert = db.prepareStatement('INSERT INTO people VALUES (?, ?, ?)');
  for (const [id, name, born] of [[1, 'Ada Lovelace', 1815], [2, 'Alan Turing', 1912], [3, 'Grace Hopper', 1906]]) {
    insert.setInt(1, id);
    insert.setString(2, name);
    insert.setInt(3, born);
    insert.executeUpdate();
  }
  const rows = db.createStatement().executeQuery('SELECT name, born FROM people WHERE born > 1900 ORDER BY born');
  const people = [];
  while (rows.next()) people.push({ name: rows.getString('name'), born: rows.getInt('born') });
  console.log(people);
} finally {
  db.close();
}
