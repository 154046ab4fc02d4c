import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/policy/endpoint.ts
import { BlockList, isIP } from "node:net";
var LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
function ipFamily(text) {
  if (!text.includes(":") && !/^[\d.]+$/.test(text)) return 0;
  return isIP(text);
}
function parseEndpoint(raw) {
  const text = raw.trim().toLowerCase();
  const expected = "expected host, *.host, host:port, an IPv4 or IPv6 address, or a CIDR range";
  if (text === "") return { error: `empty entry; ${expected}` };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    return { error: `"${raw}" is a URL; ${expected} (write only the host, e.g. "${hostOfUrl(text)}")` };
  }
  const slash = text.indexOf("/");
  if (slash >= 0) {
    const address = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    const family = ipFamily(address);
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (family === 0 || !(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) {
      return { error: `"${raw}" is not a valid CIDR range; ${expected}` };
    }
    return { kind: "cidr", address, prefix, family, raw };
  }
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    const [, address = "", portText2] = bracketed;
    if (ipFamily(address) !== 6) return { error: `"${raw}" is not a valid IPv6 address; ${expected}` };
    return withPort({ kind: "ip", address, family: 6, raw }, portText2, raw);
  }
  if (ipFamily(text) === 6) return { kind: "ip", address: text, family: 6, raw };
  const colon = text.lastIndexOf(":");
  const hostPart = colon >= 0 ? text.slice(0, colon) : text;
  const portText = colon >= 0 ? text.slice(colon + 1) : void 0;
  if (ipFamily(hostPart) === 4)
    return withPort({ kind: "ip", address: hostPart, family: 4, raw }, portText, raw);
  const wildcard = hostPart.startsWith("*.");
  const host = (wildcard ? hostPart.slice(2) : hostPart).replace(/\.$/, "");
  const labels = host.split(".");
  if (host.length > 253 || labels.some((l) => !LABEL.test(l)) || /^\d+$/.test(labels.at(-1) ?? "")) {
    return { error: `"${raw}" is not a valid host name; ${expected}` };
  }
  if (wildcard && labels.length < 2) {
    return { error: `"${raw}" would allow every subdomain of a top-level domain; name a registrable domain` };
  }
  return withPort({ kind: "host", host, wildcard, raw }, portText, raw);
}
function withPort(endpoint, portText, raw) {
  if (portText === void 0) return endpoint;
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65535)) return { error: `"${raw}" has an invalid port; expected 1-65535` };
  return { ...endpoint, port };
}
function hostOfUrl(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "example.com";
  }
}
function parseEndpointList(text) {
  const endpoints = [];
  const errors = [];
  for (const line of text.split(/\r?\n/)) {
    for (const item of line.replace(/#.*/, "").split(/[\s,]+/)) {
      if (item === "") continue;
      const parsed = parseEndpoint(item);
      if ("error" in parsed) errors.push(parsed.error);
      else endpoints.push(parsed);
    }
  }
  return { endpoints, errors };
}
function endpointMatches(endpoint, host, port) {
  const name = normaliseHost(host);
  if ("port" in endpoint && endpoint.port !== void 0 && port !== void 0 && endpoint.port !== port) {
    return false;
  }
  switch (endpoint.kind) {
    case "host":
      return endpoint.wildcard ? name.endsWith(`.${endpoint.host}`) : name === endpoint.host;
    case "ip":
      return ipFamily(name) === endpoint.family && sameAddress(name, endpoint.address, endpoint.family);
    case "cidr": {
      const family = ipFamily(name);
      if (family !== endpoint.family) return false;
      const list = new BlockList();
      list.addSubnet(endpoint.address, endpoint.prefix, family === 4 ? "ipv4" : "ipv6");
      return list.check(name, family === 4 ? "ipv4" : "ipv6");
    }
  }
}
function findMatch(list, host, port) {
  return list.find((e) => endpointMatches(e, host, port));
}
function normaliseHost(host) {
  return host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}
function sameAddress(a, b, family) {
  if (a === b) return true;
  const list = new BlockList();
  list.addAddress(b, family === 4 ? "ipv4" : "ipv6");
  return list.check(a, family === 4 ? "ipv4" : "ipv6");
}
function formatEndpoint(e) {
  switch (e.kind) {
    case "host":
      return `${e.wildcard ? "*." : ""}${e.host}${e.port ? `:${e.port}` : ""}`;
    case "ip":
      return e.port ? e.family === 6 ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}` : e.address;
    case "cidr":
      return `${e.address}/${e.prefix}`;
  }
}

export {
  ipFamily,
  parseEndpoint,
  parseEndpointList,
  endpointMatches,
  findMatch,
  normaliseHost,
  formatEndpoint
};
