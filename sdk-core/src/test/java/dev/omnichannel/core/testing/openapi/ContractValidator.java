package dev.omnichannel.core.testing.openapi;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.testing.openapi.OpenApiSpec.Body;
import dev.omnichannel.core.testing.openapi.OpenApiSpec.Operation;
import dev.omnichannel.core.testing.openapi.OpenApiSpec.Param;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one recorded HTTP request against an {@link OpenApiSpec}: the method and path template
 * (path parameters by their schema), the query parameter names and value types, the content
 * type, and the JSON body (required properties, types, enums, nested objects and arrays,
 * {@code additionalProperties}). Properties a schema does not list are reported unless it allows
 * them, so a typo in a field name is caught. Multipart and form bodies are checked by field name.
 * Violations an {@link Allowance} covers are moved to {@link Result#allowed()}. When several
 * templates match a path, the most literal ones (fewest path parameters) are used, so
 * {@code PUT /rooms/resolve_expired} is not checked as {@code PUT /rooms/{id}}.
 *
 * <p>A self-hosted install may be served under a path prefix the spec's servers do not have
 * (base URL {@code https://host/chat/}): {@link #allowingBasePathPrefix(int)} makes the
 * validator strip such a prefix, validate the rest, and report the prefix itself as a
 * {@code path} violation (message starting {@code base path prefix}) that an allowance can forgive.
 */
public final class ContractValidator {

  private static final Pattern PART_NAME = Pattern.compile(
      "(?im)^content-disposition:[^\\r\\n]*?\\bname=\"([^\"]*)\"");

  private final OpenApiSpec spec;
  private final List<? extends Allowance> differences;
  private final int maxPrefixSegments;

  /**
   * A validator for a spec, with the allowed differences.
   *
   * @param spec the spec
   * @param differences violations to allow
   */
  public ContractValidator(OpenApiSpec spec, List<? extends Allowance> differences) {
    this(spec, differences, 0);
  }

  private ContractValidator(OpenApiSpec spec, List<? extends Allowance> differences, int maxPrefixSegments) {
    this.spec = spec;
    this.differences = List.copyOf(differences);
    this.maxPrefixSegments = maxPrefixSegments;
  }

  /**
   * A validator without allowances.
   *
   * @param spec the spec
   */
  public ContractValidator(OpenApiSpec spec) {
    this(spec, List.of());
  }

  /**
   * A copy that also takes requests under a base path prefix: when no template matches the
   * whole path, up to {@code maxSegments} leading segments are stripped until one does; the rest
   * is validated and the prefix is reported as a {@code path} violation whose message starts with
   * {@code base path prefix} (forgive it with an {@link Allowance} where such deployments exist).
   *
   * @param maxSegments how many leading segments may be stripped (0 turns it off)
   * @return the new validator
   */
  public ContractValidator allowingBasePathPrefix(int maxSegments) {
    if (maxSegments < 0) {
      throw new IllegalArgumentException("maxSegments must not be negative");
    }
    return new ContractValidator(spec, differences, maxSegments);
  }

  /**
   * The spec this validator checks against.
   *
   * @return the spec
   */
  public OpenApiSpec spec() {
    return spec;
  }

  /**
   * The outcome for one request.
   *
   * @param operationId the matched operation, or null when none matched
   * @param violations what is wrong (empty when the request conforms)
   * @param allowed violations forgiven by a listed difference, each with its difference
   */
  public record Result(String operationId, List<Violation> violations,
      Map<Violation, Allowance> allowed) {

    /**
     * Whether the request conforms (allowed differences aside).
     *
     * @return true when no violation is left
     */
    public boolean ok() {
      return violations.isEmpty();
    }

    /**
     * A multi-line explanation for an assertion message.
     *
     * @param method the request method
     * @param target the request target
     * @return the text
     */
    public String describe(String method, String target) {
      StringBuilder sb = new StringBuilder("request ").append(method).append(' ').append(target)
          .append(" does not match the OpenAPI spec (operation ")
          .append(operationId == null ? "(none)" : operationId).append("):");
      for (Violation v : violations) {
        sb.append("\n  - [").append(v.location()).append("] ").append(v.message());
      }
      return sb.toString();
    }
  }

  /**
   * Validates a request.
   *
   * @param method the HTTP method
   * @param target the path and query as sent (percent-encoded)
   * @param contentType the {@code Content-Type} header, or null
   * @param body the body as text (empty or null when none)
   * @return the result
   */
  public Result validate(String method, String target, String contentType, String body) {
    String m = method.toUpperCase();
    int qi = target.indexOf('?');
    String rawPath = qi < 0 ? target : target.substring(0, qi);
    String rawQuery = qi < 0 ? "" : target.substring(qi + 1);
    String path = OpenApiSpec.stripTrailingSlash(rawPath);

    List<Operation> byPath = new ArrayList<>();
    for (Operation op : spec.operations()) {
      if (op.compiled().pattern().matcher(path).matches()) {
        byPath.add(op);
      }
    }
    if (byPath.isEmpty()) {
      String rest = path;
      for (int i = 0; i < maxPrefixSegments && rest.indexOf('/', 1) > 0; i++) {
        rest = rest.substring(rest.indexOf('/', 1));
        String candidate = rest;
        if (spec.operations().stream().anyMatch(op -> op.compiled().pattern().matcher(candidate).matches())) {
          String prefix = path.substring(0, path.length() - rest.length());
          Result inner = validate(method, rest + (qi < 0 ? "" : target.substring(qi)), contentType, body);
          List<Violation> all = new ArrayList<>(inner.violations());
          all.addAll(inner.allowed().keySet());
          all.add(new Violation(inner.operationId() == null ? "(none)" : inner.operationId(), "path",
              "base path prefix '" + prefix + "' before " + rest + " is not in the spec's servers"));
          return finish(inner.operationId(), all);
        }
      }
      return finish(null, List.of(new Violation("(none)", "path",
          "no operation in the spec has a path template matching '" + rawPath + "'")));
    }
    List<Operation> byMethod = byPath.stream().filter(op -> op.method().equals(m)).toList();
    if (!byMethod.isEmpty()) {
      int fewest = byMethod.stream().mapToInt(op -> op.pathParamNames().size()).min().getAsInt();
      byMethod = byMethod.stream().filter(op -> op.pathParamNames().size() == fewest).toList();
    }
    if (byMethod.isEmpty()) {
      String allowed = byPath.stream().map(op -> op.method() + " (" + op.operationId() + ")")
          .collect(Collectors.joining(", "));
      return finish(byPath.get(0).operationId(), List.of(new Violation(byPath.get(0).operationId(), "method",
          "expected one of " + allowed + " on " + byPath.get(0).template() + ", actual " + m)));
    }
    Result best = null;
    for (Operation op : byMethod) {
      Result r = finish(op.operationId(), check(op, path, rawQuery, contentType, body));
      if (r.ok()) {
        return r;
      }
      if (best == null || r.violations().size() < best.violations().size()) {
        best = r;
      }
    }
    return best;
  }

  private Result finish(String operationId, List<Violation> found) {
    List<Violation> left = new ArrayList<>();
    Map<Violation, Allowance> allowed = new LinkedHashMap<>();
    for (Violation v : found) {
      Allowance d = differences.stream().filter(x -> x.covers(v)).findFirst().orElse(null);
      if (d == null) {
        left.add(v);
      } else {
        allowed.put(v, d);
      }
    }
    return new Result(operationId, List.copyOf(left), allowed);
  }

  private List<Violation> check(Operation op, String path, String rawQuery, String contentType, String body) {
    List<Violation> out = new ArrayList<>();
    String id = op.operationId();
    // Path parameters.
    Matcher pm = op.compiled().pattern().matcher(path);
    pm.matches();
    for (int i = 0; i < op.pathParamNames().size(); i++) {
      String name = op.pathParamNames().get(i);
      String value = decode(pm.group(i + 1));
      Param p = op.param("path", name);
      if (p != null) {
        checkScalarString(id, "path-param " + name, p.schema(), value, out);
      }
    }
    // Query parameters.
    Map<String, List<String>> query = parseQuery(rawQuery);
    Set<String> seen = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      Param p = op.param("query", name);
      boolean railsArray = false;
      if (p == null && name.endsWith("[]")) {
        p = op.param("query", name.substring(0, name.length() - 2));
        railsArray = p != null;
      }
      if (p == null) {
        Set<String> known = new TreeSet<>();
        op.params().values().stream().filter(x -> x.in().equals("query")).forEach(x -> known.add(x.name()));
        out.add(new Violation(id, "query " + name, "unknown query parameter '" + name + "'; the operation knows "
            + (known.isEmpty() ? "none" : known)));
        continue;
      }
      seen.add(p.name());
      Map<String, Object> schema = spec.map(p.schema());
      Set<String> types = types(schema);
      if (types.contains("array")) {
        for (String v : e.getValue()) {
          checkScalarString(id, "query " + name, schema.get("items"), v, out);
        }
      } else {
        if (railsArray) {
          out.add(new Violation(id, "query " + name, "expected a single " + types + " value, actual array form '" + name + "'"));
        } else if (e.getValue().size() > 1) {
          out.add(new Violation(id, "query " + name, "expected one value, actual " + e.getValue().size()));
        }
        checkScalarString(id, "query " + name, p.schema(), e.getValue().get(0), out);
      }
    }
    for (Param p : op.params().values()) {
      if (p.in().equals("query") && p.required() && !seen.contains(p.name())) {
        out.add(new Violation(id, "query " + p.name(), "required query parameter missing"));
      }
    }
    // Body.
    boolean hasBody = body != null && !body.isEmpty();
    Body spec = op.body();
    if (spec == null) {
      if (hasBody) {
        out.add(new Violation(id, "body", "the operation takes no request body, actual " + body.length()
            + " chars of " + contentType));
      }
      return out;
    }
    if (!hasBody) {
      if (spec.required()) {
        out.add(new Violation(id, "body", "a request body is required (" + spec.content().keySet() + "), none sent"));
      }
      return out;
    }
    String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase();
    if (!spec.content().containsKey(media)) {
      out.add(new Violation(id, "content-type", "expected one of " + spec.content().keySet() + ", actual '"
          + (contentType == null ? "(no Content-Type)" : contentType) + "'"));
      return out;
    }
    Object schema = spec.content().get(media);
    if (media.endsWith("json")) {
      Object json;
      try {
        json = new Moshi.Builder().build().adapter(Object.class).lenient().fromJson(body);
      } catch (IOException | RuntimeException ex) {
        out.add(new Violation(id, "body", "not valid JSON: " + ex.getMessage()));
        return out;
      }
      checkValue(id, schema, json, "$", out);
    } else if (media.equals("multipart/form-data")) {
      Matcher nm = PART_NAME.matcher(body);
      List<String> names = new ArrayList<>();
      while (nm.find()) {
        names.add(nm.group(1));
      }
      checkFieldNames(id, schema, names, out);
    } else if (media.equals("application/x-www-form-urlencoded")) {
      checkFieldNames(id, schema, new ArrayList<>(parseQuery(body).keySet()), out);
    }
    return out;
  }

  /** Form and multipart bodies: names known (Rails {@code a[]} and {@code a[b]} forms), required present. */
  private void checkFieldNames(String id, Object schemaNode, List<String> names, List<Violation> out) {
    Map<String, Object> s = merged(schemaNode);
    Map<String, Object> props = spec.map(s.get("properties"));
    Set<String> present = new LinkedHashSet<>();
    for (String n : names) {
      String base = n.contains("[") ? n.substring(0, n.indexOf('[')) : n;
      present.add(base);
      if (!props.isEmpty() && !props.containsKey(base) && !Boolean.TRUE.equals(s.get("additionalProperties"))) {
        out.add(new Violation(id, "body $." + base, "form field '" + n + "' is not in the schema; known "
            + new TreeSet<>(props.keySet())));
      }
    }
    for (Object r : spec.list(s.get("required"))) {
      if (!present.contains(String.valueOf(r))) {
        out.add(new Violation(id, "body $." + r, "required form field missing"));
      }
    }
  }

  /** A path or query value (always text on the wire) against a scalar schema. */
  private void checkScalarString(String id, String where, Object schemaNode, String value, List<Violation> out) {
    Map<String, Object> s = spec.map(schemaNode);
    Set<String> types = types(s);
    if (!types.isEmpty()) {
      boolean fits = false;
      for (String t : types) {
        fits |= switch (t) {
          case "integer" -> value.matches("-?\\d+");
          case "number" -> value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
          case "boolean" -> value.equals("true") || value.equals("false");
          case "null" -> false;
          default -> true;
        };
      }
      if (!fits) {
        out.add(new Violation(id, where, "expected " + typeText(types) + ", actual '" + value + "'"));
        return;
      }
    }
    List<?> en = spec.list(s.get("enum"));
    if (!en.isEmpty() && en.stream().noneMatch(x -> sameScalar(x, value))) {
      out.add(new Violation(id, where, "expected one of " + en + ", actual '" + value + "'"));
    }
  }

  private static boolean sameScalar(Object enumValue, Object actual) {
    if (enumValue instanceof Number a && actual instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (enumValue instanceof Number a && actual instanceof String b) {
      try {
        return a.doubleValue() == Double.parseDouble(b);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return String.valueOf(enumValue).equals(String.valueOf(actual));
  }

  /** Validates a JSON value (Moshi's maps, lists, strings, doubles, booleans, null) against a schema. */
  private void checkValue(String id, Object schemaNode, Object value, String path, List<Violation> out) {
    Map<String, Object> s = merged(schemaNode);
    if (s.isEmpty()) {
      return;
    }
    String where = "body " + path;
    for (String combo : List.of("oneOf", "anyOf")) {
      List<?> alts = spec.list(s.get(combo));
      if (alts.isEmpty()) {
        continue;
      }
      List<List<Violation>> tries = new ArrayList<>();
      boolean any = false;
      for (Object alt : alts) {
        List<Violation> scratch = new ArrayList<>();
        checkValue(id, alt, value, path, scratch);
        any |= scratch.isEmpty();
        tries.add(scratch);
      }
      if (!any) {
        StringBuilder sb = new StringBuilder("matches none of the " + alts.size() + " " + combo + " alternatives:");
        for (int i = 0; i < tries.size(); i++) {
          sb.append(" [").append(i + 1).append("] ")
              .append(tries.get(i).stream().map(v -> v.location() + ": " + v.message()).collect(Collectors.joining("; ")));
        }
        out.add(new Violation(id, where, sb.toString()));
        return;
      }
    }
    Set<String> types = types(s);
    if (value == null) {
      if (!types.isEmpty() && !types.contains("null")) {
        out.add(new Violation(id, where, "expected " + typeText(types) + ", actual null"));
      }
      return;
    }
    String actual = jsonType(value);
    if (!types.isEmpty() && !types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
      out.add(new Violation(id, where, "expected " + typeText(types) + ", actual " + actual + " (" + preview(value) + ")"));
      return;
    }
    List<?> en = spec.list(s.get("enum"));
    if (!en.isEmpty() && en.stream().noneMatch(x -> sameScalar(x, value))) {
      out.add(new Violation(id, where, "expected one of " + en + ", actual " + preview(value)));
    }
    if (value instanceof Map<?, ?> obj) {
      Map<String, Object> props = spec.map(s.get("properties"));
      for (Object r : spec.list(s.get("required"))) {
        if (!obj.containsKey(r)) {
          out.add(new Violation(id, "body " + path + "." + r, "required property missing (object has "
              + obj.keySet() + ")"));
        }
      }
      Object ap = s.get("additionalProperties");
      for (Map.Entry<?, ?> e : obj.entrySet()) {
        String key = String.valueOf(e.getKey());
        String child = path + "." + key;
        if (props.containsKey(key)) {
          checkValue(id, props.get(key), e.getValue(), child, out);
        } else if (ap instanceof Map<?, ?>) {
          checkValue(id, ap, e.getValue(), child, out);
        } else if (Boolean.FALSE.equals(ap) || (ap == null && !props.isEmpty())) {
          out.add(new Violation(id, "body " + child, "property not in the schema; known "
              + new TreeSet<>(props.keySet())));
        }
      }
    } else if (value instanceof List<?> arr && s.get("items") != null) {
      for (int i = 0; i < arr.size(); i++) {
        checkValue(id, s.get("items"), arr.get(i), path + "[" + i + "]", out);
      }
    }
  }

  /** The schema with {@code allOf} branches folded in (properties and required merged). */
  private Map<String, Object> merged(Object schemaNode) {
    Map<String, Object> s = spec.map(schemaNode);
    List<?> all = spec.list(s.get("allOf"));
    if (all.isEmpty()) {
      return s;
    }
    Map<String, Object> m = new LinkedHashMap<>(s);
    m.remove("allOf");
    Map<String, Object> props = new LinkedHashMap<>(spec.map(s.get("properties")));
    Set<Object> required = new LinkedHashSet<>(spec.list(s.get("required")));
    for (Object branch : all) {
      Map<String, Object> b = merged(branch);
      props.putAll(spec.map(b.get("properties")));
      required.addAll(spec.list(b.get("required")));
      for (Map.Entry<String, Object> e : b.entrySet()) {
        if (!e.getKey().equals("properties") && !e.getKey().equals("required")) {
          m.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    m.put("properties", props);
    m.put("required", new ArrayList<>(required));
    return m;
  }

  /** The schema's types: {@code type} as a string or an OpenAPI 3.1 list, plus {@code null} for 3.0 {@code nullable}. */
  private Set<String> types(Map<String, Object> s) {
    Set<String> t = new LinkedHashSet<>();
    Object type = s.get("type");
    if (type instanceof String str) {
      t.add(str);
    } else if (type instanceof Collection<?> c) {
      c.forEach(x -> t.add(String.valueOf(x)));
    }
    if (!t.isEmpty() && Boolean.TRUE.equals(s.get("nullable"))) {
      t.add("null");
    }
    return t;
  }

  private static String typeText(Set<String> types) {
    return types.size() == 1 ? types.iterator().next() : String.join(" or ", types);
  }

  private static String jsonType(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof Map) {
      return "object";
    } else if (v instanceof List) {
      return "array";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof Boolean) {
      return "boolean";
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      return !Double.isInfinite(d) && d == Math.rint(d) ? "integer" : "number";
    }
    return v.getClass().getSimpleName();
  }

  private static String preview(Object v) {
    String s = v instanceof String str ? '"' + str + '"' : String.valueOf(v);
    if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      s = String.valueOf(d.longValue());
    }
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
