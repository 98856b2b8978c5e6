#include "FieldSpan.h"

namespace tcplens {

std::string bitMaskPicture(std::uint64_t containerValue, unsigned containerBits, unsigned shift, unsigned width)
{
    std::string picture;
    picture.reserve(containerBits + containerBits / 4);
    for (unsigned bit = 0; bit < containerBits; ++bit) {
        if (bit > 0 && bit % 4 == 0)
            picture.push_back(' ');
        if (bit < shift || bit >= shift + width)
            picture.push_back('.');
        else
            picture.push_back(((containerValue >> (containerBits - 1 - bit)) & 1U) ? '1' : '0');
    }
    return picture;
}

} // namespace tcplens
