#pragma once

#include "settings/ColorScheme.h"

#include <QPalette>

namespace Palettes {
QPalette forScheme(ColorScheme scheme);
}
