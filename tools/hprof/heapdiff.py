#!/usr/bin/env python3
"""What a heap dump holds, for finding the weight of a session (README, "Session weight in real browsers").

Reads an HPROF file (jcmd <pid> GC.heap_dump, or SessionWeightBenchmark's -Dbench.heap-dumps=DIR) without any tool
beyond Python 3:

  heapdiff.py diff A.hprof B.hprof N      classes by shallow size added from A to B, divided by N (sessions)
  heapdiff.py holders DUMP                primitive arrays (and the String/ByteBuffer wrapping them) by holding field
  heapdiff.py chains DUMP MIN_BYTES|CLASS  first-found chains of holders (7 levels) of large arrays or of a class

Compare two dumps of the same app (e.g. before and after N sessions signed in) to see what each session adds.
"""
import collections
import mmap
import struct
import sys

SIZES = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
ARRAY = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]',
         11: 'long[]'}
WRAPPERS = {'java.lang.String', 'java.nio.HeapByteBuffer', 'java.nio.HeapCharBuffer', 'java.nio.HeapByteBufferR'}
U4 = struct.Struct('>I').unpack_from
U2 = struct.Struct('>H').unpack_from
ID = struct.Struct('>Q').unpack_from


class Dump:
    def __init__(self, path):
        self.file = open(path, 'rb')
        self.m = mmap.mmap(self.file.fileno(), 0, access=mmap.ACCESS_READ)
        header_end = self.m.find(b'\0') + 1
        if U4(self.m, header_end)[0] != 8:
            raise SystemExit('only 8-byte identifiers (64-bit JVMs) are read')
        self.start = header_end + 12
        self.names, self.classname, self.classes, self.prim = {}, {}, {}, {}
        self.walk(first=True)
        self.layouts = {}

    def fields(self, cid):
        """(declaring-level, name, type) of every instance field, the class's own first, as the dump lays them."""
        if cid not in self.layouts:
            out, c = [], cid
            while c and c in self.classes:
                sup, fl = self.classes[c]
                out.extend(fl)
                c = sup
            self.layouts[cid] = out
        return self.layouts[cid]

    def walk(self, instance=None, objects=None, first=False):
        m, p, n = self.m, self.start, len(self.m)
        while p < n:
            tag, length, body = m[p], U4(m, p + 5)[0], p + 9
            p = body + length
            if tag == 0x01 and first:
                self.names[ID(m, body)[0]] = m[body + 8:body + length].decode('utf-8', 'replace')
            elif tag == 0x02 and first:
                self.classname[ID(m, body + 4)[0]] = self.names.get(ID(m, body + 16)[0], '?').replace('/', '.')
            elif tag in (0x0C, 0x1C):
                self.records(body, body + length, instance, objects, first)

    def records(self, q, end, instance, objects, first):
        m = self.m
        skip = {0xFF: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16}
        while q < end:
            sub = m[q]
            q += 1
            if sub in skip:
                q += skip[sub]
            elif sub == 0x20:
                cid, sup = ID(m, q)[0], ID(m, q + 12)[0]
                q += 8 + 4 + 8 * 6 + 4
                count, q = U2(m, q)[0], q + 2
                for _ in range(count):
                    q += 3 + SIZES[m[q + 2]]
                count, q = U2(m, q)[0], q + 2
                for _ in range(count):
                    q += 9 + SIZES[m[q + 8]]
                count, q = U2(m, q)[0], q + 2
                fields = []
                for _ in range(count):
                    fields.append((self.names.get(ID(m, q)[0], '?'), m[q + 8]))
                    q += 9
                if first:
                    self.classes[cid] = (sup, fields)
            elif sub == 0x21:
                length = U4(m, q + 20)[0]
                if instance:
                    instance(ID(m, q)[0], ID(m, q + 12)[0], q + 24, length)
                q += 24 + length
            elif sub == 0x22:
                count = U4(m, q + 12)[0]
                if objects:
                    objects(ID(m, q)[0], ID(m, q + 16)[0], q + 24, count)
                q += 24 + 8 * count
            elif sub == 0x23:
                count, kind = U4(m, q + 12)[0], m[q + 16]
                if first:
                    self.prim[ID(m, q)[0]] = (16 + count * SIZES[kind], ARRAY[kind])
                q += 17 + count * SIZES[kind]
            else:
                raise SystemExit('unknown heap record %x at %d' % (sub, q))

    def references(self, cid, p):
        for name, kind in self.fields(cid):
            if kind == 2:
                yield name, ID(self.m, p)[0]
            p += SIZES[kind]


def histogram(path):
    d = Dump(path)
    h = collections.defaultdict(lambda: [0, 0])

    def instance(oid, cid, p, length):
        a = h[d.classname.get(cid, '?')]
        a[0] += 16 + length
        a[1] += 1

    def objects(oid, acid, p, count):
        a = h[d.classname.get(acid, '?')]
        a[0] += 16 + 8 * count
        a[1] += 1

    d.walk(instance, objects)
    for size, kind in d.prim.values():
        h[kind][0] += size
        h[kind][1] += 1
    return h


def diff(a_path, b_path, sessions):
    a, b = histogram(a_path), histogram(b_path)
    rows = sorted(((b[k][0] - a.get(k, [0, 0])[0], b[k][1] - a.get(k, [0, 0])[1], k) for k in b), reverse=True)
    print('added per session: %.0f KB' % (sum(r[0] for r in rows) / sessions / 1024))
    for size, count, name in rows[:60]:
        print('%9.0f B %8.1f  %s' % (size / sessions, count / sessions, name))


def holders(path):
    d = Dump(path)
    wrapped = {}

    def wrappers(oid, cid, p, length):
        name = d.classname.get(cid)
        if name in WRAPPERS:
            for _, ref in d.references(cid, p):
                if ref in d.prim:
                    wrapped[oid] = (d.prim[ref][0], name)

    d.walk(wrappers)
    held = collections.defaultdict(lambda: [0, 0])

    def credit(ref, holder):
        found = d.prim.get(ref) or wrapped.get(ref)
        if found:
            a = held[holder + ' -> ' + found[1]]
            a[0] += found[0]
            a[1] += 1

    def instance(oid, cid, p, length):
        name = d.classname.get(cid, '?')
        if name not in WRAPPERS:
            for field, ref in d.references(cid, p):
                credit(ref, name + '.' + field)

    def objects(oid, acid, p, count):
        for i in range(count):
            credit(ID(d.m, p + 8 * i)[0], d.classname.get(acid, '?'))

    d.walk(instance, objects)
    for name, (size, count) in sorted(held.items(), key=lambda kv: -kv[1][0])[:80]:
        print('%10d %7d  %s' % (size, count, name))


def chains(path, what):
    d = Dump(path)
    parent, kind = {}, {}

    def instance(oid, cid, p, length):
        kind[oid] = d.classname.get(cid, '?')
        for field, ref in d.references(cid, p):
            if ref and ref not in parent:
                parent[ref] = (oid, field)

    def objects(oid, acid, p, count):
        kind[oid] = d.classname.get(acid, '?')
        for i in range(count):
            ref = ID(d.m, p + 8 * i)[0]
            if ref and ref not in parent:
                parent[ref] = (oid, '[]')

    d.walk(instance, objects)
    if what.isdigit():
        targets = {o: s for o, (s, t) in d.prim.items() if s >= int(what)}
    else:
        targets = {o: 1 for o, c in kind.items() if c == what}
    groups = collections.defaultdict(lambda: [0, 0])
    for target, size in targets.items():
        chain, o = [d.prim[target][1] if target in d.prim else what], target
        for _ in range(7):
            if o not in parent:
                break
            o, field = parent[o]
            chain.append('%s.%s' % (kind.get(o, '?').split('.')[-1], field))
        g = groups[' <- '.join(chain)]
        g[0] += size
        g[1] += 1
    for chain, (size, count) in sorted(groups.items(), key=lambda kv: -kv[1][0])[:60]:
        print('%10d %6d  %s' % (size, count, chain))


if __name__ == '__main__':
    args = sys.argv[1:]
    if len(args) == 4 and args[0] == 'diff':
        diff(args[1], args[2], int(args[3]))
    elif len(args) == 2 and args[0] == 'holders':
        holders(args[1])
    elif len(args) == 3 and args[0] == 'chains':
        chains(args[1], args[2])
    else:
        raise SystemExit(__doc__)
