package org.node4j.pm.json;

/** A JSON syntax or shape error; npm reports these as EJSONPARSE. */
public final class JsonException extends RuntimeException {
  public JsonException(String msg) { super(msg); }
}
