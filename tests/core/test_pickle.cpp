// The strict pickle reader: values, protocols, and refusal of anything unsafe or broken.
// Input bytes were produced by CPython's pickle.dumps (protocol noted per case).
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/weights/pickle.h"

namespace lingualens {
namespace {

std::string unhex(const std::string& hex) {
  std::string out;
  for (size_t k = 0; k + 1 < hex.size(); k += 2) {
    out.push_back(static_cast<char>(std::stoi(hex.substr(k, 2), nullptr, 16)));
  }
  return out;
}

const pickle::GlobalAllowFn kAllowCodecs = [](const std::string& m, const std::string& n) {
  return m == "_codecs" && n == "encode";
};

pickle::ValuePtr load(const std::string& bytes, const pickle::GlobalAllowFn& allow = kAllowCodecs) {
  return pickle::load_bytes(bytes.data(), bytes.size(), allow, "test.pkl");
}

ErrorKind kind_of(const std::string& bytes, const pickle::GlobalAllowFn& allow = kAllowCodecs) {
  try {
    load(bytes, allow);
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "test.pkl") << e.what();
    return e.kind();
  }
  ADD_FAILURE() << "no error";
  return ErrorKind::kInvalidArgument;
}

// {'a': 1, 'b': [1.5, 'x', None, True], 'c': (1, 2, 3), 'd': b'\x00\xff', 'neg': -70000,
//  'big': 2**40} pickled with protocols 2 to 5.
const char* kDictByProtocol[] = {
    "80027d71002858010000006171014b0158010000006271025d710328473ff80000000000005801000000787104"
    "4e886558010000006371054b014b024b038771065801000000647107635f636f646563730a656e636f64650a71"
    "08580300000000c3bf710958060000006c6174696e31710a86710b52710c58030000006e6567710d4a90eefeff"
    "5803000000626967710e8a06000000000001752e",
    "80037d71002858010000006171014b0158010000006271025d710328473ff80000000000005801000000787104"
    "4e886558010000006371054b014b024b038771065801000000647107430200ff710858030000006e656771094a"
    "90eefeff5803000000626967710a8a06000000000001752e",
    "80049550000000000000007d94288c0161944b018c0162945d9428473ff80000000000008c0178944e88658c01"
    "63944b014b024b0387948c016494430200ff948c036e6567944a90eefeff8c03626967948a0600000000000175"
    "2e",
    "80059550000000000000007d94288c0161944b018c0162945d9428473ff80000000000008c0178944e88658c01"
    "63944b014b024b0387948c016494430200ff948c036e6567944a90eefeff8c03626967948a0600000000000175"
    "2e",
};

TEST(Pickle, ReadsTheSameValuesInProtocols2To5) {
  for (const char* hex : kDictByProtocol) {
    auto v = load(unhex(hex));
    ASSERT_TRUE(v->is(pickle::Kind::kDict));
    EXPECT_EQ(v->get("a")->i, 1);
    auto b = v->get("b");
    ASSERT_TRUE(b->is(pickle::Kind::kList));
    ASSERT_EQ(b->items.size(), 4u);
    EXPECT_DOUBLE_EQ(b->items[0]->f, 1.5);
    EXPECT_EQ(b->items[1]->s, "x");
    EXPECT_TRUE(b->items[2]->is(pickle::Kind::kNone));
    EXPECT_TRUE(b->items[3]->b);
    auto c = v->get("c");
    ASSERT_TRUE(c->is(pickle::Kind::kTuple));
    EXPECT_EQ(c->items[2]->i, 3);
    auto d = v->get("d");  // protocol 2 writes bytes as _codecs.encode(u'\x00\xff', 'latin1')
    ASSERT_TRUE(d->is(pickle::Kind::kBytes));
    EXPECT_EQ(d->s, std::string("\x00\xff", 2));
    EXPECT_EQ(v->get("neg")->i, -70000);
    EXPECT_EQ(v->get("big")->i, int64_t(1) << 40);
  }
}

TEST(Pickle, ReadsByteArray8) {
  auto v = load(unhex("80059510000000000000005d94960200000000000000616294612e"));  // [bytearray(b'ab')]
  ASSERT_TRUE(v->is(pickle::Kind::kList));
  EXPECT_EQ(v->items.at(0)->s, "ab");
}

TEST(Pickle, KeepsIntegersWiderThan64Bits) {
  auto v = load(unhex("80028a0a6cfc9c46f9206aa850192e"));  // torch's legacy magic number
  ASSERT_TRUE(v->is(pickle::Kind::kInt));
  EXPECT_EQ(v->s, std::string("\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 10));
}

TEST(Pickle, RefusesGlobalsOutsideTheAllowList) {
  // protocol 0: os.system('echo pwned') — the classic malicious pickle.
  const std::string evil = "cos\nsystem\n(S'echo pwned'\ntR.";
  try {
    load(evil);
    FAIL() << "accepted os.system";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUnsupported);
    EXPECT_NE(std::string(e.what()).find("os.system"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("nothing was executed"), std::string::npos);
  }
  // STACK_GLOBAL form (protocol 4) of builtins.eval.
  EXPECT_EQ(kind_of(unhex("80048c086275696c74696e73948c046576616c9493942e")), ErrorKind::kUnsupported);
}

TEST(Pickle, RejectsTruncatedInput) {
  const std::string full = unhex(kDictByProtocol[2]);
  for (size_t cut : {size_t(0), size_t(1), size_t(5), full.size() / 2, full.size() - 1}) {
    EXPECT_EQ(kind_of(full.substr(0, cut)), ErrorKind::kBadFormat) << "cut at " << cut;
  }
}

TEST(Pickle, RejectsLengthsLargerThanTheInputBeforeAllocating) {
  // BINUNICODE claiming 4 GiB, BINBYTES8 claiming 2^63 bytes.
  EXPECT_EQ(kind_of(unhex("800258ffffffff")), ErrorKind::kBadFormat);
  EXPECT_EQ(kind_of(unhex("80058e0000000000000080")), ErrorKind::kBadFormat);
}

TEST(Pickle, RejectsMalformedStructure) {
  EXPECT_EQ(kind_of(unhex("8002682a2e")), ErrorKind::kBadFormat);  // BINGET of a missing memo
  EXPECT_EQ(kind_of(unhex("8002302e")), ErrorKind::kBadFormat);    // POP on an empty stack
  EXPECT_EQ(kind_of(unhex("80024b014b022e")), ErrorKind::kBadFormat);  // STOP with 2 values
  EXPECT_EQ(kind_of(unhex("8002ff2e")), ErrorKind::kBadFormat);    // unknown opcode
  EXPECT_EQ(kind_of(unhex("8006")), ErrorKind::kUnsupported);      // protocol 6
  EXPECT_EQ(kind_of(unhex("80024b0162") + "."), ErrorKind::kBadFormat);  // BUILD on an int
  EXPECT_EQ(kind_of(unhex("80054b01974e2e")), ErrorKind::kUnsupported);  // out-of-band buffer
}

TEST(Pickle, SelfReferenceIsNotALeak) {
  // L = []; L.append(L) at protocol 2 (found by fuzzing: reference cycles used to leak).
  auto v = load(unhex("80025d7100680061") + ".");
  ASSERT_TRUE(v->is(pickle::Kind::kList));
  ASSERT_EQ(v->items.size(), 1u);
  EXPECT_EQ(v->items[0], v.get());
}

TEST(Pickle, SurvivesDeepNestingWithoutCrashing) {
  std::string deep = unhex("8002") + std::string(200000, '(');
  EXPECT_EQ(kind_of(deep), ErrorKind::kBadFormat);
  std::string lists = unhex("8002");
  for (int k = 0; k < 100000; ++k) lists += "]";  // 100k empty lists on the stack, no STOP
  EXPECT_EQ(kind_of(lists), ErrorKind::kBadFormat);
}

}  // namespace
}  // namespace lingualens
