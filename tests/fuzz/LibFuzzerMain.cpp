// libFuzzer's entry point for one harness, chosen at compile time (TCPLENS_FUZZ_TARGET).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tcplens::fuzz::TCPLENS_FUZZ_TARGET(data, size);
    return 0;
}
