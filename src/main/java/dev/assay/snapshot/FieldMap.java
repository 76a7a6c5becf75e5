package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of one parsed JSON object, in document order (as a {@code LinkedHashMap} keeps them),
 * in two arrays searched from the start. Response objects are small, and the parser interns field
 * names as Java interns the literals normalizers look them up by, so a scan mostly compares
 * references; a {@code LinkedHashMap}'s table and entry per field were a fifth of parsing a
 * snapshot. Objects with many fields get a hash index on their first lookup.
 */
final class FieldMap extends AbstractMap<String, JsonNode> {

  private static final int INDEXED_FROM = 12;

  private String[] keys = new String[4];
  private JsonNode[] values = new JsonNode[4];
  private int size;
  // Positions by name, built when a large object is first searched; dropped when fields move.
  private Map<String, Integer> index;

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    int i = indexOf(key);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    if (index != null) {
      index.put(key, size);
    }
    size++;
    return null;
  }

  @Override
  public JsonNode remove(Object key) {
    int i = indexOf(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  @Override
  public void clear() {
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    index = null;
  }

  @Override
  public Set<Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, JsonNode>> iterator() {
        return new Fields();
      }
    };
  }

  private int indexOf(Object key) {
    if (index == null && size >= INDEXED_FROM) {
      index = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        index.put(keys[i], i);
      }
    }
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    // Most searches miss (every put checks for a repeated name first): comparing the hashes, which
    // strings cache, rejects a different name without reading its characters.
    int hash = Objects.hashCode(key);
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k == key || (k != null && k.hashCode() == hash && k.equals(key))) {
        return i;
      }
    }
    return -1;
  }

  private void removeAt(int i) {
    int moved = size - i - 1;
    System.arraycopy(keys, i + 1, keys, i, moved);
    System.arraycopy(values, i + 1, values, i, moved);
    size--;
    keys[size] = null;
    values[size] = null;
    index = null;
  }

  /** The fields in order; removing through it removes from the object. */
  private final class Fields implements Iterator<Entry<String, JsonNode>> {
    private int next;
    private int last = -1;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Entry<String, JsonNode> next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return new Field(last);
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      removeAt(last);
      next = last;
      last = -1;
    }
  }

  /** One field, read and written through to the object. */
  private final class Field implements Entry<String, JsonNode> {
    private final int at;

    Field(int at) {
      this.at = at;
    }

    @Override
    public String getKey() {
      return keys[at];
    }

    @Override
    public JsonNode getValue() {
      return values[at];
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      JsonNode old = values[at];
      values[at] = value;
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry<?, ?> e
          && Objects.equals(getKey(), e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
