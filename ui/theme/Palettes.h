#pragma once

#include "base/ColorScheme.h"

#include <QPalette>

namespace Palettes {
QPalette forScheme(ColorScheme scheme);
}
