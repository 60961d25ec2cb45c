/* demo_data: the fixed lists the demo database is generated from (regions, countries and their
 * cities, names per region, companies, product categories with brands, items, costs and seasons)
 * and its schema. Data only; the generator is demo.c. */
#include "db/demo_int.h"

#include "util/banned.h"

const char *const demo_segment_names[] = {"Consumer", "Corporate", "Small Business"};
const char *const demo_channel_names[] = {"online", "store", "phone"};
const char *const demo_status_names[] = {"pending", "shipped", "delivered", "cancelled",
                                                "returned"};

/* ---- data tables ------------------------------------------------------------------------- */

const char *const demo_region_names[DEMO_REGIONS] = {
    "North America", "Europe", "Asia Pacific", "Latin America", "Middle East & Africa",
};
/* Share of customers per region; employees are staffed roughly in proportion. */
const double demo_region_weight[DEMO_REGIONS] = {0.35, 0.28, 0.20, 0.10, 0.07};
const int demo_reps_per_region[DEMO_REGIONS] = {10, 9, 7, 4, 4}; /* 34 + 5 managers + VP */

/* Cities are spelled in ASCII on purpose: users type "Sao Paulo" into questions. */
const struct demo_country demo_countries[DEMO_NCOUNTRIES] = {
    {"United States",
     1,
     80,
     "1",
     {"New York", "Los Angeles", "Chicago", "Houston", "Seattle", "Boston", "Austin", "Atlanta"}},
    {"Canada", 1, 20, "1", {"Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa"}},
    {"United Kingdom", 2, 22, "44", {"London", "Manchester", "Birmingham", "Edinburgh", "Bristol"}},
    {"Germany", 2, 22, "49", {"Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne"}},
    {"France", 2, 18, "33", {"Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux"}},
    {"Spain", 2, 11, "34", {"Madrid", "Barcelona", "Valencia", "Seville"}},
    {"Italy", 2, 11, "39", {"Rome", "Milan", "Naples", "Turin", "Florence"}},
    {"Netherlands", 2, 8, "31", {"Amsterdam", "Rotterdam", "Utrecht", "The Hague"}},
    {"Sweden", 2, 4, "46", {"Stockholm", "Gothenburg", "Uppsala"}},
    {"Poland", 2, 4, "48", {"Warsaw", "Krakow", "Gdansk", "Wroclaw"}},
    {"Japan", 3, 22, "81", {"Tokyo", "Osaka", "Yokohama", "Nagoya", "Kyoto"}},
    {"Australia", 3, 20, "61", {"Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"}},
    {"India", 3, 20, "91", {"Mumbai", "Delhi", "Bangalore", "Chennai", "Hyderabad", "Pune"}},
    {"China", 3, 18, "86", {"Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Chengdu"}},
    {"Singapore", 3, 8, "65", {"Singapore"}},
    {"South Korea", 3, 8, "82", {"Seoul", "Busan", "Incheon"}},
    {"New Zealand", 3, 4, "64", {"Auckland", "Wellington", "Christchurch"}},
    {"Brazil",
     4,
     35,
     "55",
     {"Sao Paulo", "Rio de Janeiro", "Brasilia", "Belo Horizonte", "Curitiba"}},
    {"Mexico", 4, 28, "52", {"Mexico City", "Guadalajara", "Monterrey", "Puebla"}},
    {"Argentina", 4, 14, "54", {"Buenos Aires", "Cordoba", "Rosario"}},
    {"Colombia", 4, 11, "57", {"Bogota", "Medellin", "Cali"}},
    {"Chile", 4, 8, "56", {"Santiago", "Valparaiso"}},
    {"Peru", 4, 4, "51", {"Lima", "Arequipa"}},
    {"United Arab Emirates", 5, 22, "971", {"Dubai", "Abu Dhabi", "Sharjah"}},
    {"South Africa", 5, 22, "27", {"Johannesburg", "Cape Town", "Durban", "Pretoria"}},
    {"Saudi Arabia", 5, 16, "966", {"Riyadh", "Jeddah", "Dammam"}},
    {"Egypt", 5, 14, "20", {"Cairo", "Alexandria", "Giza"}},
    {"Nigeria", 5, 12, "234", {"Lagos", "Abuja"}},
    {"Kenya", 5, 8, "254", {"Nairobi", "Mombasa"}},
    {"Morocco", 5, 6, "212", {"Casablanca", "Rabat", "Marrakesh"}},
};

/* Given and family names per region, each list separated by ", " (a name may hold a space:
 * "de Vries"); demo.c picks one at random. */
const struct demo_names demo_names[DEMO_REGIONS] = {
    /* North America */
    {"James, Mary, Michael, Jennifer, David, Linda, Robert, Sarah, William, Emily, Daniel, "
     "Jessica, Matthew, Ashley, Christopher, Olivia, Ethan, Madison, Tyler, Hannah",
     "Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Wilson, Anderson, "
     "Taylor, Thomas, Moore, Martin, Jackson, Thompson, White, Harris, Clark, Lewis"},
    /* Europe */
    {"Oliver, Sophie, Lukas, Emma, Pierre, Camille, Giulia, Marco, Lucia, Javier, Anna, Jan, "
     "Elena, Thomas, Clara, Henrik, Ingrid, Mateusz, Charlotte, Hugo",
     "Schmidt, Fischer, Weber, Dubois, Laurent, Bernard, Rossi, Russo, Bianchi, Fernandez, "
     "Lopez, Navarro, Jansen, de Vries, Andersson, Johansson, Nowak, Kowalski, Evans, Hughes"},
    /* Asia Pacific */
    {"Hiroshi, Yuki, Haruto, Sakura, Wei, Mei, Jun, Ling, Priya, Arjun, Rahul, Ananya, "
     "Min-jun, Ji-woo, Jack, Chloe, Liam, Isla, Aarav, Hana",
     "Tanaka, Sato, Suzuki, Nakamura, Wang, Li, Zhang, Chen, Liu, Sharma, Patel, Singh, "
     "Kumar, Kim, Park, Lee, Nguyen, Tan, Walker, Mitchell"},
    /* Latin America */
    {"Santiago, Valentina, Mateo, Camila, Sebastian, Isabella, Diego, Sofia, Alejandro, "
     "Lucia, Gabriel, Mariana, Joao, Ana, Pedro, Fernanda, Carlos, Daniela, Luis, Gabriela",
     "Silva, Santos, Oliveira, Souza, Rodriguez, Gonzalez, Hernandez, Lopez, Martinez, Perez, "
     "Gomez, Sanchez, Ramirez, Torres, Flores, Rojas, Diaz, Vargas, Castro, Morales"},
    /* Middle East & Africa */
    {"Mohammed, Fatima, Ahmed, Aisha, Omar, Layla, Youssef, Mariam, Thabo, Naledi, Sipho, "
     "Zanele, Chinedu, Amara, Kwame, Wanjiru, Hassan, Nour, Tariq, Leila",
     "Al-Farsi, Al-Mansouri, Hassan, Ibrahim, Khalil, Mahmoud, Nasser, Haddad, Mokoena, "
     "Dlamini, Nkosi, Naidoo, Okafor, Adeyemi, Mensah, Otieno, Kamau, Benali, El Amrani, "
     "Mansour"},
};

const char *const demo_company_prefix[24] = {
    "Bluefin",  "Granite",    "Northstar", "Silverline", "Redwood",    "Summit",
    "Beacon",   "Ironbridge", "Crescent",  "Evergreen",  "Horizon",    "Keystone",
    "Lakeside", "Meridian",   "Oakmont",   "Pinnacle",   "Quantum",    "Riverbend",
    "Sterling", "Trident",    "Vantage",   "Westbrook",  "Brightpath", "Cobalt",
};
const char *const demo_company_suffix[15] = {
    "Logistics", "Consulting",    "Holdings", "Labs",      "Partners",
    "Systems",   "Foods",         "Media",    "Health",    "Energy",
    "Capital",   "Manufacturing", "Retail",   "Analytics", "Design",
};
const char *const demo_small_business[12] = {
    "Bakery", "Auto Repair", "Dental",      "Hardware", "Florists", "Print Shop",
    "Cafe",   "Studio",      "Bookkeeping", "Fitness",  "Pharmacy", "Catering",
};
const char *const demo_mail_domains[6] = {
    "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
};

const struct demo_category demo_categories[DEMO_NCATEGORIES] = {
    {"Electronics",
     "Consumer electronics, audio and computer accessories",
     0,
     {"Aurora", "Nimbus", "Vertex", "Pulse", "Zenith", "Helix"},
     {"Wireless", "Smart", "Pro", "Ultra", "Max", "Lite"},
     {{"Headphones", 129},
      {"Speaker", 79},
      {"Keyboard", 69},
      {"Mouse", 35},
      {"Monitor", 249},
      {"Tablet", 399},
      {"Smartwatch", 229},
      {"Webcam", 59},
      {"Earbuds", 99},
      {"Router", 119}},
     0.55,
     0.78,
     {0.9, 0.85, 0.9, 0.9, 0.95, 0.95, 0.95, 1.0, 1.0, 1.05, 1.6, 1.9},
     0},
    {"Furniture",
     "Home and office furniture",
     0,
     {"Oakridge", "Nordhaus", "Linden", "Harbor", "Willow", "Ashford"},
     {"Ergonomic", "Modern", "Classic", "Adjustable", "Compact", "Executive"},
     {{"Office Chair", 249},
      {"Standing Desk", 499},
      {"Bookshelf", 159},
      {"Filing Cabinet", 189},
      {"Sofa", 899},
      {"Coffee Table", 199},
      {"Dining Table", 649},
      {"Bed Frame", 549},
      {"Bar Stool", 89},
      {"TV Stand", 229}},
     0.45,
     0.65,
     {1.2, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.0, 1.0, 0.8},
     0},
    {"Office Supplies",
     "Paper, writing instruments and desk accessories",
     0,
     {"Scribe", "Paperline", "Clipwise", "Inkwell", "Brightdesk", "Foliant"},
     {"Premium", "Recycled", "Heavy-Duty", "Everyday", "Colorful", "Bulk"},
     {{"Notebook", 8},
      {"Ballpoint Pens", 12},
      {"Stapler", 18},
      {"Printer Paper", 29},
      {"Sticky Notes", 9},
      {"Binder", 7},
      {"Desk Organizer", 24},
      {"Whiteboard", 59},
      {"Label Maker", 45},
      {"Paper Shredder", 129}},
     0.35,
     0.60,
     {1.1, 1.0, 1.0, 0.95, 0.95, 0.9, 1.0, 1.6, 1.4, 1.0, 0.9, 0.7},
     1},
    {"Clothing",
     "Apparel and footwear for men and women",
     0,
     {"Northway", "Urbanist", "Coastline", "Redwood", "Maple & Co", "Fjord"},
     {"Classic", "Essential", "Organic", "Premium", "Relaxed", "Heritage"},
     {{"T-Shirt", 25},
      {"Jeans", 69},
      {"Hoodie", 55},
      {"Jacket", 129},
      {"Sneakers", 89},
      {"Dress Shirt", 49},
      {"Sweater", 75},
      {"Rain Coat", 119},
      {"Socks 3-Pack", 15},
      {"Chinos", 59}},
     0.30,
     0.55,
     {0.9, 0.85, 1.0, 1.0, 1.0, 0.95, 0.95, 1.05, 1.2, 1.1, 1.3, 1.4},
     0},
    {"Sports",
     "Fitness, outdoor and team sports equipment",
     0,
     {"Summit", "Apex", "Trailhead", "Velocity", "Ironclad", "Stride"},
     {"Pro", "Lightweight", "All-Terrain", "Training", "Carbon", "Elite"},
     {{"Yoga Mat", 35},
      {"Dumbbell Set", 89},
      {"Running Shoes", 119},
      {"Tennis Racket", 149},
      {"Bike Helmet", 65},
      {"Water Bottle", 19},
      {"Camping Tent", 229},
      {"Basketball", 29},
      {"Fitness Tracker", 99},
      {"Hiking Backpack", 109}},
     0.45,
     0.65,
     {1.6, 1.1, 1.0, 1.0, 1.1, 1.2, 1.2, 1.0, 0.9, 0.85, 0.9, 1.1},
     0},
    {"Toys",
     "Games, puzzles and toys for all ages",
     0,
     {"Brightbox", "Tiny Titans", "Playwell", "Starlight", "Wonderkin", "Kidoodle"},
     {"Deluxe", "Mini", "Classic", "Interactive", "Wooden", "Glow"},
     {{"Building Blocks", 39},
      {"Puzzle", 19},
      {"Race Car Set", 49},
      {"Plush Bear", 24},
      {"Board Game", 34},
      {"Dollhouse", 119},
      {"Robot Kit", 79},
      {"Kite", 22},
      {"Train Set", 89},
      {"Art Kit", 29}},
     0.40,
     0.60,
     {0.6, 0.7, 0.8, 0.85, 0.85, 0.9, 0.9, 0.9, 0.9, 1.2, 1.9, 2.5},
     0},
    {"Books",
     "Fiction and non-fiction in print, digital and audio",
     1,
     {"Silent", "Hidden", "Last", "Golden", "Midnight", "Forgotten"},
     {"Harbor", "Kingdom", "Algorithm", "Garden", "Voyage", "Compass"},
     {{"Hardcover", 27},
      {"Paperback", 16},
      {"E-Book", 10},
      {"Audiobook", 19},
      {"Large Print", 22},
      {"Collector's Edition", 44},
      {"Box Set", 59},
      {"Illustrated", 34},
      {"Pocket Edition", 11},
      {"Signed Edition", 39}},
     0.40,
     0.70,
     {1.0, 0.9, 0.9, 0.9, 0.95, 1.1, 1.2, 1.1, 0.95, 0.95, 1.1, 1.4},
     0},
    {"Kitchen",
     "Cookware, appliances and kitchen tools",
     0,
     {"Copperleaf", "Hearthstone", "Chefline", "Basilico", "Saltbox", "Ironleaf"},
     {"Classic", "Professional", "Essential", "Deluxe", "Compact", "Signature"},
     {{"Frying Pan", 45},
      {"Chef's Knife", 59},
      {"Cutting Board", 25},
      {"Blender", 89},
      {"Coffee Maker", 99},
      {"Toaster", 49},
      {"Mixing Bowl Set", 35},
      {"Kitchen Scale", 29},
      {"Dutch Oven", 119},
      {"Electric Kettle", 55}},
     0.40,
     0.62,
     {0.9, 0.9, 0.95, 0.95, 1.0, 0.95, 0.95, 0.95, 1.0, 1.05, 1.4, 1.5},
     0},
    {"Garden",
     "Tools, planters and outdoor living",
     0,
     {"Greenthumb", "Fernwood", "Meadowlark", "Terra", "Bloomfield", "Sprout"},
     {"Classic", "Heavy-Duty", "Ergonomic", "Premium", "Compact", "All-Weather"},
     {{"Garden Hose", 39},
      {"Pruning Shears", 25},
      {"Lawn Mower", 349},
      {"Planter", 29},
      {"Leaf Blower", 149},
      {"Wheelbarrow", 99},
      {"Path Lights", 45},
      {"Seed Starter Kit", 19},
      {"Patio Umbrella", 129},
      {"Raised Bed", 89}},
     0.45,
     0.65,
     {0.4, 0.6, 1.4, 1.9, 2.0, 1.7, 1.3, 1.0, 0.9, 0.8, 0.5, 0.5},
     0},
    {"Beauty",
     "Skin care, hair care and fragrance",
     0,
     {"Luma", "Velvet Rose", "Pure Botanica", "Glow Lab", "Silk & Stone", "Aveline"},
     {"Hydrating", "Gentle", "Revitalizing", "Organic", "Radiant", "Daily"},
     {{"Face Cream", 29},
      {"Shampoo", 14},
      {"Conditioner", 14},
      {"Serum", 39},
      {"Lip Balm", 6},
      {"Sunscreen", 18},
      {"Body Lotion", 16},
      {"Perfume", 69},
      {"Eye Cream", 34},
      {"Face Mask", 12}},
     0.25,
     0.45,
     {0.9, 1.3, 0.95, 0.95, 1.3, 1.0, 1.0, 0.95, 0.9, 0.95, 1.1, 1.4},
     0},
};
/* Brand position within a category: later brands are pricier (a, index 0..5). */
const double demo_brand_tier[6] = {0.85, 0.92, 1.0, 1.08, 1.18, 1.32};

const char *const demo_schema_sql =
    "CREATE TABLE regions(\n"
    "  region_id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL);\n"
    "CREATE TABLE categories(\n"
    "  category_id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  description TEXT);\n"
    "CREATE TABLE products(\n"
    "  product_id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  category_id INTEGER NOT NULL REFERENCES categories(category_id),\n"
    "  unit_price REAL NOT NULL,\n"
    "  unit_cost REAL NOT NULL,\n"
    "  launch_date DATE,\n"
    "  discontinued INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE TABLE employees(\n"
    "  employee_id INTEGER PRIMARY KEY,\n"
    "  first_name TEXT NOT NULL,\n"
    "  last_name TEXT NOT NULL,\n"
    "  title TEXT NOT NULL,\n"
    "  region_id INTEGER REFERENCES regions(region_id),\n"
    "  manager_id INTEGER REFERENCES employees(employee_id),\n"
    "  hire_date DATE NOT NULL,\n"
    "  salary REAL);\n"
    "CREATE TABLE customers(\n"
    "  customer_id INTEGER PRIMARY KEY,\n"
    "  first_name TEXT NOT NULL,\n"
    "  last_name TEXT NOT NULL,\n"
    "  company TEXT,\n"
    "  email TEXT,\n"
    "  phone TEXT,\n"
    "  city TEXT NOT NULL,\n"
    "  country TEXT NOT NULL,\n"
    "  region_id INTEGER NOT NULL REFERENCES regions(region_id),\n"
    "  segment TEXT NOT NULL,\n"
    "  signup_date DATE NOT NULL,\n"
    "  loyalty_member INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE TABLE orders(\n"
    "  order_id INTEGER PRIMARY KEY,\n"
    "  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),\n"
    "  employee_id INTEGER REFERENCES employees(employee_id),\n"
    "  order_date DATE NOT NULL,\n"
    "  ship_date DATE,\n"
    "  status TEXT NOT NULL,\n"
    "  channel TEXT NOT NULL,\n"
    "  shipping_cost REAL);\n"
    "CREATE TABLE order_items(\n"
    "  order_item_id INTEGER PRIMARY KEY,\n"
    "  order_id INTEGER NOT NULL REFERENCES orders(order_id),\n"
    "  product_id INTEGER NOT NULL REFERENCES products(product_id),\n"
    "  quantity INTEGER NOT NULL,\n"
    "  unit_price REAL NOT NULL,\n"
    "  discount REAL);\n";

/* Built after the rows are in: one sort per index is cheaper than maintaining them per insert. */
const char *const demo_index_sql =
    "CREATE INDEX idx_products_category ON products(category_id);\n"
    "CREATE INDEX idx_employees_region ON employees(region_id);\n"
    "CREATE INDEX idx_employees_manager ON employees(manager_id);\n"
    "CREATE INDEX idx_customers_region ON customers(region_id);\n"
    "CREATE INDEX idx_orders_customer ON orders(customer_id);\n"
    "CREATE INDEX idx_orders_employee ON orders(employee_id);\n"
    "CREATE INDEX idx_orders_date ON orders(order_date);\n"
    "CREATE INDEX idx_order_items_order ON order_items(order_id);\n"
    "CREATE INDEX idx_order_items_product ON order_items(product_id);\n";
