package dev.adder.stdlib.math.internal;

/**
 * The C library functions that {@code math} wraps and that Java lacks or computes differently
 * from the C library CPython is linked with (glibc on Linux): the results aim to be bit for bit
 * those of CPython there. Special values (NaN, infinities, zeros) follow C99 Annex F; the callers
 * turn NaN and infinite results into Python exceptions.
 *
 * <p>CPython: Modules/mathmodule.c ({@code m_tgamma}, {@code m_lgamma}, {@code m_sinpi},
 * {@code m_log}, {@code m_log2}, {@code m_log10}, {@code m_remainder}, {@code m_atan2},
 * {@code vector_norm}) and the libm functions it calls.
 *
 * <p>erf, erfc, asinh, acosh, atanh and log10 follow the methods of FDLIBM, which glibc also uses:
 * <pre>
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * </pre>
 */
public final class Libm {
    private Libm() {
    }

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double LN2 = 6.93147180559945286227e-01;

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    private static double clearLo(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }

    // ------------------------------------------------------------------ logarithms

    /** Natural log for finite x > 0, correctly rounded in practice (as glibc's). */
    public static double log(double x) {
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            double[] l = new double[2];
            logDD(x * 0x1p54, l);
            double ch = 54 * LN2_HI;
            double cl = Math.fma(54, LN2_HI, -ch) + 54 * LN2_LO;
            double h = l[0] - ch;
            double err = (l[0] - h) - ch;
            return h + (err + l[1] - cl);
        }
        double[] l = new double[2];
        logDD(x, l);
        return l[0] + l[1];
    }

    // ------------------------------------------------------------------ exponentials

    /** 2**(j/64) for j in 0..63 as double-double pairs (hi, lo), computed with 70-digit decimals. */
    private static final double[] EXP2_TABLE = {
1.0, 0.0,
        1.0108892860517005, -1.5234778603368577e-17,
        1.0218971486541166, 5.109225028973444e-17,
        1.0330248790212284, 7.600838874027088e-18,
        1.0442737824274138, 8.551889705537965e-17,
        1.0556451783605572, 1.759325738772092e-18,
        1.0671404006768237, -7.899853966841582e-17,
        1.0787607977571199, -6.656660436056593e-17,
        1.0905077326652577, -3.046782079812471e-17,
        1.102382583307841, 5.2660368715706944e-17,
        1.1143867425958924, 1.0410278456845571e-16,
        1.1265216186082418, 5.165856758795457e-17,
        1.1387886347566916, 8.912812676025408e-17,
        1.1511892299529827, 3.250710218863827e-17,
        1.1637248587775775, 3.8292048369240935e-17,
        1.1763969916502812, 5.554203254218079e-17,
        1.189207115002721, 3.982015231465646e-17,
        1.202156731452703, 6.644981499252301e-17,
        1.215247359980469, -7.712630692681488e-17,
        1.22848053610687, -1.89878163130253e-17,
        1.241857812073484, 4.658027591836937e-17,
        1.255380757024691, -6.7113898212968784e-18,
        1.2690509571917332, 2.667932131342186e-18,
        1.2828700160787783, 1.713594918243561e-17,
        1.2968395546510096, 2.5382502794888315e-17,
        1.3109612115247644, -7.181536135519454e-17,
        1.3252366431597413, -2.8587312100388614e-17,
        1.339667524053303, 8.927282594831732e-17,
        1.3542555469368927, 7.70094837980299e-17,
        1.3690024229745905, 9.593797919118849e-17,
        1.383909881963832, -6.770511658794786e-17,
        1.3989796725383112, -9.614213209051323e-17,
        1.4142135623730951, -9.667293313452913e-17,
        1.42961333839197, -1.2031642489053655e-17,
        1.4451808069770467, -3.0237581349939873e-17,
        1.460917794180647, -5.600377186075216e-17,
        1.4768261459394993, -3.483994556892796e-17,
        1.4929077282912648, 1.4192920154284036e-17,
        1.5091644275934228, -1.016455327754295e-16,
        1.5255981507445384, -1.1024941712342561e-16,
        1.5422108254079407, 7.949834809697621e-17,
        1.559004400237837, 3.7812070533575275e-17,
        1.5759808451078865, -1.0136916471278304e-17,
        1.593142151342267, -1.0094406542311964e-16,
        1.6104903319492543, 2.4707192569797888e-17,
        1.6280274218573478, -6.712955084707084e-17,
        1.645755478153965, -1.0125679913674773e-16,
        1.6636765803267364, 5.8909926967131e-17,
        1.681792830507429, 8.199010020581497e-17,
        1.7001063537185235, -8.0237193703977e-18,
        1.718619298122478, -1.851380418263111e-17,
        1.7373338352737062, 3.164389299292957e-17,
        1.7562521603732995, 2.960140695448873e-17,
        1.7753764925265212, 6.429731796556572e-17,
        1.7947090750031072, 1.8227458427912087e-17,
        1.8142521755003989, -9.969531538920349e-17,
        1.8340080864093424, 3.283107224245627e-17,
        1.8539791250833855, 9.761887490727594e-17,
        1.8741676341103, -6.122763413004143e-17,
        1.8945759815869656, 3.4034035352165297e-17,
        1.9152065613971474, -1.0619946056195963e-16,
        1.9360617934922943, 1.0332385960676326e-16,
        1.9571441241754002, 8.960767791036668e-17,
        1.978456026387951, 4.0388753109278167e-17
    };
    private static final double INV_LN2_64 = 92.33248261689366;
    private static final double LN2_64_1 = 0.010830424696223417;
    private static final double LN2_64_2 = 2.572804622327669e-14;
    private static final double LN2_64_3 = -1.5746795524851787e-30;
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;

    /** 2**(k/64) * exp(rh + rl) for |r| <= ln2/128 (about), a normal result. */
    private static double expKernel(int k, double rh, double rl) {
        int j = k & 63;
        int m = (k - j) >> 6;
        double z = rh * rh;
        // exp(r) - 1 = r + (rl + r^2/2 + r^3/6 + ...)
        double tail = rl + z * (0.5 + rh * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720)))));
        double th = EXP2_TABLE[2 * j];
        double tl = EXP2_TABLE[2 * j + 1];
        double p = th * rh;
        double pe = Math.fma(th, rh, -p);
        double h = th + p;
        double bb = h - th;
        double e = (th - (h - bb)) + (p - bb);
        double lo = e + pe + tl + tl * rh + (th + tl) * tail;
        return Math.scalb(h + lo, m);
    }

    /** exp, correctly rounded in practice (the JVM's exp where the result is subnormal). */
    public static double exp(double x) {
        if (!(x > -708.3 && x < 709.78)) {
            return Math.exp(x);
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        double fk = Math.rint(x * INV_LN2_64);
        double t = x - fk * LN2_64_1;
        double w = fk * LN2_64_2;
        double rh = t - w;
        double rl = ((t - rh) - w) - fk * LN2_64_3;
        double h = rh + rl;
        rl = rl - (h - rh);
        return expKernel((int) fk, h, rl);
    }

    /** 2**x, correctly rounded in practice (the JVM's pow where the result is subnormal). */
    public static double exp2(double x) {
        if (!(x > -1022.0 && x < 1024.0)) {
            return Math.pow(2.0, x);
        }
        double fk = Math.rint(x * 64.0);
        double r = x - fk / 64.0;
        double rh = r * LN2_HI;
        double rl = Math.fma(r, LN2_HI, -rh) + r * LN2_LO;
        return expKernel((int) fk, rh, rl);
    }

    private static final double EXPM1_Q1 = -3.33333333333331316428e-02;
    private static final double EXPM1_Q2 = 1.58730158725481460165e-03;
    private static final double EXPM1_Q3 = -7.93650757867487942473e-05;
    private static final double EXPM1_Q4 = 4.00821782732936239552e-06;
    private static final double EXPM1_Q5 = -2.01099218183624371326e-07;
    private static final double EXPM1_LN2_HI = 6.93147180369123816490e-01;
    private static final double EXPM1_LN2_LO = 1.90821492927058770002e-10;
    private static final double INVLN2 = 1.44269504088896338700e+00;

    /** expm1 (FDLIBM's method, evaluated as glibc's FMA variant, which x86-64 CPUs with FMA run). */
    public static double expm1(double x) {
        int hx = hi(x);
        boolean neg = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (Double.isNaN(x)) {
                        return x + x;
                    }
                    return neg ? -1.0 : x;
                }
                if (x > 7.09782712893383973096e+02) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (neg) {
                return TINY - 1.0;
            }
        }
        double hiPart;
        double loPart;
        int k;
        double c = 0.0;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3FF0A2B2) {
                if (!neg) {
                    hiPart = x - EXPM1_LN2_HI;
                    loPart = EXPM1_LN2_LO;
                    k = 1;
                } else {
                    hiPart = x + EXPM1_LN2_HI;
                    loPart = -EXPM1_LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + (neg ? -0.5 : 0.5));
                double t = k;
                hiPart = x - t * EXPM1_LN2_HI;
                loPart = t * EXPM1_LN2_LO;
            }
            x = hiPart - loPart;
            c = (hiPart - x) - loPart;
        } else if (hx < 0x3c900000) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1a = Math.fma(hxs, EXPM1_Q1, 1.0);
        double h2 = hxs * hxs;
        double r2 = Math.fma(hxs, EXPM1_Q3, EXPM1_Q2);
        double h4 = h2 * h2;
        double r3 = Math.fma(hxs, EXPM1_Q5, EXPM1_Q4);
        double r1 = Math.fma(h4, r3, Math.fma(h2, r2, r1a));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) {
            return x - Math.fma(x, e, -hxs);
        }
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            if (k == 1024) {
                y = y * 2.0 * 0x1p1023;
            } else {
                y = Math.scalb(y, k);
            }
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double tt = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32);
            y = tt - (e - x);
        } else {
            double tt = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32);
            y = x - (e + tt);
            y += 1.0;
        }
        return Math.scalb(y, k);
    }

    /** log1p, keeping the sign of a zero (FDLIBM's, as glibc's). */
    public static double log1p(double x) {
        return x == 0.0 ? x : StrictMath.log1p(x);
    }

    // ------------------------------------------------------------------ power

    /** log(1 + j/128) for j in 0..128 as double-double pairs (hi, lo), from 70-digit decimals. */
    private static final double[] LOG_TABLE = {
        0.0, 0.0,
        0.007782140442054949, -1.2819179123343845e-20,
        0.015504186535965254, -3.278321022892429e-19,
        0.02316705928153438, -1.1769544932063305e-18,
        0.030771658666753687, 1.0431732029005968e-18,
        0.0383188643021366, -2.357996157351286e-18,
        0.0458095360312942, 1.902959866474257e-18,
        0.053244514518812285, -1.665575816973663e-18,
        0.06062462181643484, 2.6424025938726934e-18,
        0.06795066190850775, -1.2802141240611733e-18,
        0.07522342123758753, -5.930604196293241e-18,
        0.08244366921107459, 5.700437773813987e-18,
        0.08961215868968714, -5.4268129336647135e-18,
        0.09672962645855111, -5.597397486289965e-19,
        0.10379679368164356, 5.47772415726659e-18,
        0.11081436634029011, 1.183748342825649e-18,
        0.11778303565638346, -1.1971685747593677e-18,
        0.12470347850095724, -4.6522609636496624e-18,
        0.13157635778871926, 1.1123000879729588e-17,
        0.13840232285911913, 4.447777301357527e-18,
        0.1451820098444979, 8.242418783022475e-18,
        0.15191604202584197, 6.4838631244022194e-18,
        0.15860503017663857, 1.1257003872182592e-17,
        0.16524957289530717, -1.0094935622322628e-17,
        0.17185025692665923, -6.0224538210113705e-18,
        0.1784076574728183, -1.2432553788701131e-17,
        0.184922338494012, 3.0236614153574064e-18,
        0.19139485299962947, -1.2129496905792884e-17,
        0.19782574332991987, 1.2821194372980142e-17,
        0.2042155414286909, 2.7338281018722773e-18,
        0.21056476910734964, -4.249405314729895e-18,
        0.21687393830061436, 4.551026193234283e-18,
        0.22314355131420976, -9.091270597324799e-18,
        0.22937410106484582, 9.927671823978025e-18,
        0.2355660713127669, -2.3943371495187355e-18,
        0.24171993688714516, 8.900990022166643e-18,
        0.24783616390458127, -1.2432209578702523e-17,
        0.25391520998096345, -8.048097394424201e-18,
        0.25995752443692605, 2.069806938978935e-17,
        0.26596354849713794, 5.3393802761314314e-18,
        0.27193371548364176, 7.83319637697442e-19,
        0.2778684510034563, -9.16018294909263e-19,
        0.2837681731306446, -2.032665581126656e-17,
        0.28963329258304266, 2.0535953219858174e-17,
        0.2954642128938359, -2.16461086040599e-17,
        0.3012613305781618, -9.048511144048564e-18,
        0.3070250352949119, -1.2319916200101964e-17,
        0.3127557100038969, -1.451808353098951e-17,
        0.3184537311185346, 2.7114779367326236e-17,
        0.324119468654212, -7.958214381893813e-18,
        0.329753286372468, 2.122020616196946e-18,
        0.3353555419211378, 1.834564437059473e-17,
        0.3409265869705932, 1.7467136443544747e-17,
        0.34646676734620857, 1.028583585496265e-17,
        0.3519764231571782, -1.2953893030191963e-17,
        0.3574558889218038, -2.5136910072413547e-17,
        0.3629054936893685, -2.1492361455310972e-17,
        0.3683255611587076, 2.690672380132659e-17,
        0.37371640979358406, 2.1836211281198184e-17,
        0.37907835293496944, 1.587939415338447e-17,
        0.38441169891033206, -1.612149700764673e-17,
        0.3897167511400252, 2.734172667856699e-17,
        0.394993808240869, -1.5113724418336168e-17,
        0.4002431641270127, -1.1349239205188711e-17,
        0.4054651081081644, -2.8811380259626426e-18,
        0.4106599249852684, 9.53814259997222e-18,
        0.415827895143711, -2.48753990369597e-17,
        0.42096929464412963, 3.729923775655343e-18,
        0.4260843953109001, -2.499176776547466e-17,
        0.4311734648183713, 1.9420511053537492e-17,
        0.43623676677491807, -1.8379648230620457e-18,
        0.4412745608048752, 2.5088908423700173e-17,
        0.44628710262841953, -1.8182541194649598e-17,
        0.45127464413945856, 2.6777397456140527e-17,
        0.4562374334815876, 2.122222784062318e-17,
        0.46117571512217015, 1.741614762798376e-17,
        0.46608972992459924, -1.4116523239904406e-17,
        0.470979715218791, 6.232095439601591e-18,
        0.4758459048699639, -6.181952722542219e-18,
        0.4806885293457519, 5.0660455855585734e-18,
        0.4855078157817008, -1.6618350693852048e-17,
        0.4903039880451938, 2.1092325546314864e-17,
        0.4950772667978515, -8.307950959627356e-18,
        0.4998278695564493, 1.8560027823355852e-17,
        0.5045560107523953, -2.4888518873597905e-17,
        0.5092619017898079, 4.4229949554747315e-17,
        0.5139457511022343, 3.397548559332142e-17,
        0.5186077642080457, -3.07373792013847e-17,
        0.5232481437645479, -3.1833882216350925e-17,
        0.5278670896208424, -3.938876121973919e-18,
        0.5324647988694718, -9.149239241180804e-19,
        0.5370414658968836, 3.599743846939586e-17,
        0.5415972824327444, -3.748764246125639e-17,
        0.5461324375981357, -2.785373590779381e-17,
        0.5506471179526623, -2.239429485856908e-17,
        0.5551415075405016, -2.9237930089834585e-17,
        0.5596157879354227, 2.685492580212308e-17,
        0.564070138284803, -4.713528538503788e-17,
        0.5685047353526688, -5.4267346029482773e-17,
        0.5729197535617855, 2.6028017871307396e-17,
        0.5773153650348236, -8.903591846974013e-18,
        0.5816917396346225, -2.4128853204003212e-17,
        0.5860490450035782, -3.058363205263577e-17,
        0.5903874466021763, 2.789809900502368e-17,
        0.5947071077466928, 1.3751689964323675e-17,
        0.5990081896460834, 2.169308759646737e-17,
        0.6032908514380843, 9.9400563470175e-18,
        0.6075552502245418, -2.5212767604971525e-17,
        0.6118015411059929, -3.7397759448726e-17,
        0.616029877215514, -3.488611895632145e-17,
        0.6202404097518576, -3.989161064307651e-17,
        0.6244332880118935, 3.9598137234402294e-17,
        0.6286086594223741, 4.3538742607970387e-17,
        0.6327666695710378, 5.3103007491432875e-17,
        0.6369074622370692, 5.422955873465247e-17,
        0.6410311794209312, 5.023567605577645e-17,
        0.6451379613735847, 9.346960920120906e-19,
        0.6492279466251099, -3.408303836279946e-17,
        0.6533012720127457, -4.306892322029408e-17,
        0.65735807270836, 3.287034671639441e-17,
        0.661398482245365, -7.603333785634003e-18,
        0.6654226325450905, -3.769421986743112e-17,
        0.6694306539426292, 2.823733943928343e-17,
        0.6734226752121667, 2.1065619172826132e-17,
        0.6773988235918061, -2.0978183882652005e-18,
        0.6813592248079031, -4.9888733319242566e-17,
        0.6853040030989194, 4.893484946270261e-17,
        0.689233281238809, -2.3207793837229205e-17,
        0.6931471805599453, 2.3190468138462996e-17
    };

    /** log(x) for finite x > 0 (normal) as a double-double in out[0..1], about 2**-75 relative. */
    private static void logDD(double x, double[] out) {
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        int j = (int) Math.rint((m - 1.0) * 128.0);
        double c = 1.0 + j / 128.0;
        double d = m - c;
        double th = d / c;
        double tl = Math.fma(-th, c, d) / c;
        double p = th * th;
        double pe = Math.fma(th, th, -p) + 2.0 * th * tl;
        double q = th * p * (1.0 / 3 + th * (-1.0 / 4 + th * (1.0 / 5 + th * (-1.0 / 6 + th * (1.0 / 7
                + th * (-1.0 / 8 + th * (1.0 / 9 + th * (-1.0 / 10))))))));
        double ah = e * LN2_HI;
        double al = Math.fma(e, LN2_HI, -ah) + e * LN2_LO;
        double bh = LOG_TABLE[2 * j];
        double bl = LOG_TABLE[2 * j + 1];
        double s1 = ah + bh;
        double bb = s1 - ah;
        double e1 = (ah - (s1 - bb)) + (bh - bb);
        double s2 = s1 + th;
        bb = s2 - s1;
        double e2 = (s1 - (s2 - bb)) + (th - bb);
        double lo = e1 + e2 + al + bl + tl - 0.5 * p - 0.5 * pe + q;
        double h = s2 + lo;
        out[0] = h;
        out[1] = lo - (h - s2);
    }

    /**
     * pow for finite x and y, correctly rounded in practice where the result is normal (the
     * JVM's pow elsewhere); C99's results for zeros, negative bases and integral exponents.
     */
    public static double pow(double x, double y) {
        if (y == 0.0 || x == 1.0) {
            return 1.0;
        }
        if (x == 0.0 || Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
                || Math.getExponent(x) < Double.MIN_EXPONENT) {
            return Math.pow(x, y);
        }
        double sign = 1.0;
        if (x < 0.0) {
            if (y != Math.rint(y)) {
                return Double.NaN;
            }
            if (Math.abs(y) < 0x1p53 && ((long) y & 1) == 1) {
                sign = -1.0;
            }
            x = -x;
        }
        if (y == 1.0) {
            return sign * x;
        }
        double[] l = new double[2];
        logDD(x, l);
        double zh = y * l[0];
        double ze = Math.fma(y, l[0], -zh) + y * l[1];
        if (!(zh > -708.0 && zh < 709.0)) {
            return sign * Math.pow(x, y);
        }
        double fk = Math.rint(zh * INV_LN2_64);
        double t = zh - fk * LN2_64_1;
        double w = fk * LN2_64_2;
        double rh = t - w;
        double rl = ((t - rh) - w) - fk * LN2_64_3 + ze;
        double h = rh + rl;
        rl = rl - (h - rh);
        return sign * expKernel((int) fk, h, rl);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;
    private static final double TWO54 = 1.80143985094819840000e+16;

    /** log10 for finite {@code x > 0} (FDLIBM's reduction around the system log). */
    public static double log10(double x) {
        int hx = hi(x);
        int k = 0;
        if (hx < 0x00100000) {
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /** log2 for finite {@code x > 0}: exact at powers of two, otherwise within an ulp or so. */
    public static double log2(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) & 0x7ff;
        if (e == 0) {
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            e = ((int) (bits >>> 52) & 0x7ff) - 54;
        }
        e -= 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        if (m == 1.0) {
            return e;
        }
        // log(m) = 2*atanh(f/(2+f)) with f = m - 1 (exact), s = f/(2+f) in double-double
        double f = m - 1.0;
        double d = 2.0 + f;
        double dlo = (2.0 - d) + f;
        double sHi = f / d;
        double sLo = (Math.fma(-sHi, d, f) - sHi * dlo) / d;
        double s2 = sHi * sHi;
        double t = s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9 + s2 * (1.0 / 11 + s2 * (1.0 / 13
                + s2 * (1.0 / 15 + s2 * (1.0 / 17 + s2 * (1.0 / 19 + s2 * (1.0 / 21 + s2 * (1.0 / 23
                + s2 * (1.0 / 25 + s2 * (1.0 / 27 + s2 / 29)))))))))))));
        double lHi = 2.0 * sHi;
        double lLo = 2.0 * sLo + 2.0 * sHi * t;
        double hi = lHi + lLo;
        lLo = lLo - (hi - lHi);
        lHi = hi;
        double p = lHi * INV_LN2_HI;
        double perr = Math.fma(lHi, INV_LN2_HI, -p) + (lHi * INV_LN2_LO + lLo * INV_LN2_HI);
        double sum = e + p;
        double serr = (e - sum) + p;
        return sum + (serr + perr);
    }

    // ------------------------------------------------------------------ cube root

    private static final double CBRT2 = 1.2599210498948731647672106;
    private static final double SQR_CBRT2 = 1.5874010519681994747517056;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** cbrt as the GNU C library computes it (a polynomial guess and one Halley step). */
    public static double cbrt(double x) {
        if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax);
        double xm;
        if (xe == Double.MIN_EXPONENT - 1) {
            ax *= TWO54;
            xe = Math.getExponent(ax) - 54;
        }
        xe += 1;
        xm = Math.scalb(ax, -Math.getExponent(ax) - 1);
        double u = (0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.copySign(Math.scalb(ym, xe / 3), x);
    }

    // ------------------------------------------------------------------ trigonometric

    /** sin(j/64), its low part, cos(j/64), its low part, for j in 0..51 (60-digit decimals). */
    private static final double[] SINCOS_TABLE = {
        0.0, 0.0, 1.0, 0.0,
        0.015624364224883372, -1.2650937552759816e-19, 0.9998779321710066, 3.216122229972341e-17,
        0.03124491398532608, -1.562781562225433e-18, 0.9995117584851364, -3.418806487972947e-17,
        0.04685783574813424, -2.3419368365610254e-18, 0.9989015683384429, -2.1425557800399754e-17,
        0.0624593178423802, -2.040259504585711e-18, 0.9980475107000991, 3.3232291674141346e-17,
        0.07804555138996731, -5.449443782005793e-18, 0.9969497940760287, -1.2467075728553626e-17,
        0.09361273123551289, 1.4628632005878733e-18, 0.9956086864580017, 3.312922430932991e-17,
        0.10915705687532236, 6.6284699502736666e-18, 0.9940245152582091, 1.3287985046260087e-17,
        0.12467473338522769, -2.925947496057858e-18, 0.992197667229329, 4.754870575189364e-17,
        0.1401619723470637, -9.946847113883478e-18, 0.9901285883701071, -4.589906353553811e-18,
        0.15561499277355603, 8.886053372342288e-18, 0.9878177838164719, 4.91917302237681e-17,
        0.17103002203139503, -9.954774726452923e-18, 0.9852658177182139, -4.925721262944555e-17,
        0.18640329676226988, 2.3493796901281573e-18, 0.9824733131012553, -3.919920375420088e-17,
        0.2017310638016388, 5.587232815460113e-18, 0.9794409517155483, 1.3108769521526758e-17,
        0.21700958109501015, 1.1170071073364376e-17, 0.9761694738686353, -7.850690609285027e-18,
        0.23223511861151147, -8.318080852687206e-18, 0.9726596782449127, 2.3920264546490165e-17,
        0.24740395925452294, -7.53102495590706e-18, 0.9689124217106447, 5.071436662403936e-17,
        0.2625123997691533, -2.2534597527902125e-17, 0.964928619104771, -3.0345542681018625e-18,
        0.2775567516463363, 1.7674070262791822e-17, 0.9607092430155619, -2.807827063516729e-17,
        0.29253334202332754, 7.516944930327352e-18, 0.9562553235431753, -3.148450868841629e-17,
        0.30743851458038085, 1.1004366442765296e-19, 0.9515679480481722, -3.8614834675674123e-17,
        0.3222686304333866, 2.093773358126606e-17, 0.9466482608860534, -3.911683334934152e-17,
        0.33702006902225307, 1.0312279860787216e-17, 0.9414974631278811, -4.8523830236797095e-18,
        0.3516892289948141, -2.5616208736069942e-17, 0.9361168122670553, -5.2350302039683216e-17,
        0.36627252908604757, -9.938814562106524e-18, 0.9305076219123143, 4.488760003328074e-18,
        0.38076640899239017, 2.1372528646211374e-17, 0.924671261467036, 5.5444125388034563e-17,
        0.39516733024093426, -1.9613487871414228e-17, 0.9186091557949183, -4.0564150104514996e-17,
        0.40947177705329507, -5.679403000091266e-18, 0.9123227848721178, 2.6349040211413332e-17,
        0.42367625720393803, -2.331800700068871e-17, 0.9058136834259364, 4.2864666490805214e-17,
        0.4377773028727551, 7.64345629962023e-18, 0.8990834405601384, 9.076951775075616e-18,
        0.4517714714916838, -8.234073942098903e-18, 0.8921336993669944, 2.3160655211380166e-17,
        0.46565534658516017, 1.459870391051426e-17, 0.8849661565261433, -7.690557775987357e-18,
        0.479425538604203, -5.103969860556013e-18, 0.8775825618903728, -4.2623149864279997e-17,
        0.49307868575392305, 5.605083973871755e-18, 0.8699847180584174, 1.657385110740923e-17,
        0.5066114548142574, -3.269413423618168e-17, 0.8621744799348805, 4.4132427578105805e-18,
        0.520020541953727, -3.983266745698455e-17, 0.8541537542773854, 5.420565102675286e-18,
        0.5333026735360201, 5.129318115032044e-17, 0.8459244992310679, 1.549506647350329e-17,
        0.5464546069192036, 8.399754840929507e-18, 0.8374887238505236, 4.3337026043948396e-17,
        0.5594731312473669, 1.575565514488728e-17, 0.8288484876093257, 1.1163935406617444e-17,
        0.5723550682345072, 2.6575872357215316e-17, 0.820005899897234, -3.912431748209128e-17,
        0.5850972729404622, -5.4883972461161805e-17, 0.8109631195052179, -3.091333486122179e-17,
        0.5976966345387015, 5.450323593054385e-17, 0.8017223540984184, 4.0134533311087014e-17,
        0.6101500770757914, -1.479826990758988e-17, 0.7922858596771786, -2.9049779312834576e-17,
        0.6224545602223437, -6.049035765709707e-18, 0.7826559400262728, -1.474071641211487e-17,
        0.6346070800152693, -3.4568582392624965e-17, 0.7728349461524715, 4.231014921891023e-17,
        0.6466046695911524, 4.567647714393289e-19, 0.7628252757105762, 1.6672995021546628e-17,
        0.6584443999105676, -3.7736386700306717e-17, 0.7526293724180665, -1.2970993013150526e-17,
        0.6701233804731629, 6.183536725574959e-18, 0.7422497254585013, -1.2339303604869521e-17,
        0.6816387600233341, 4.410467313197903e-17, 0.7316888688738209, -1.0475824306512768e-17,
        0.692987727246318, -5.3543290798909455e-17, 0.7209493809456964, 3.494986701478816e-17,
        0.7041675114545337, -3.94095700584825e-17, 0.7100338835660797, 1.505272211891291e-17,
        0.7151753832640076, -1.466099578328228e-17, 0.6989450415971057, -5.5261332036460915e-18
    };
    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;

    /**
     * Reduces x (|x| < 2**20 * pi/2) to r = x - n*pi/2 as a double-double in out[0..1]; returns n.
     */
    private static long reduce(double x, double[] out) {
        double fn = Math.rint(x * TWO_OVER_PI);
        double t = x - fn * PIO2_1;
        double w = fn * PIO2_2;
        double rh = t - w;
        double rl = ((t - rh) - w) - fn * PIO2_2T;
        double h = rh + rl;
        out[0] = h;
        out[1] = rl - (h - rh);
        return (long) fn;
    }

    /** Bits of 2/pi: floor(2/pi * 2**1280), computed with 500-digit decimals. */
    private static final class TwoOverPi {
        static final java.math.BigInteger BITS = new java.math.BigInteger(
            "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e0"
            + "06492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f4"
            + "9c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d"
            + "7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b6babf0cfbc209af4361d", 16);
    }

    /**
     * Reduces a huge finite x exactly (Payne and Hanek's method, with the bits of 2/pi): r = x -
     * n*pi/2 as a double-double in out[0..1], |r| <= pi/4; returns n modulo 4.
     */
    private static long reduceHuge(double x, double[] out) {
        boolean neg = x < 0;
        double ax = Math.abs(x);
        int e = Math.getExponent(ax) - 52;
        long mant = (Double.doubleToRawLongBits(ax) & 0x000fffffffffffffL) | 0x0010000000000000L;
        java.math.BigInteger q = TwoOverPi.BITS.multiply(java.math.BigInteger.valueOf(mant));
        int s = 1280 - e;
        long n = q.shiftRight(s).longValue() & 3;
        java.math.BigInteger f = q.shiftRight(s - 128).and(java.math.BigInteger.ONE.shiftLeft(128).subtract(
                java.math.BigInteger.ONE));
        if (f.testBit(127)) {
            f = f.subtract(java.math.BigInteger.ONE.shiftLeft(128));
            n = (n + 1) & 3;
        }
        double fh = Math.scalb(f.doubleValue(), -128);
        java.math.BigInteger rest = f.subtract(new java.math.BigDecimal(Math.scalb(fh, 128)).toBigInteger());
        double fl = Math.scalb(rest.doubleValue(), -128);
        double rh = fh * (Math.PI / 2);
        double rl = Math.fma(fh, Math.PI / 2, -rh) + fh * PIO2_LO + fl * (Math.PI / 2);
        double h = rh + rl;
        rl = rl - (h - rh);
        if (neg) {
            out[0] = -h;
            out[1] = -rl;
            return (4 - n) & 3;
        }
        out[0] = h;
        out[1] = rl;
        return n;
    }

    /**
     * sin (cos when {@code cosine}) of r = rh + rl, |r| <= pi/4 (about), as a double: the table
     * value at the nearest j/64 and short series for the rest, in double-double.
     */
    private static double sinCosReduced(double rh, double rl, boolean cosine) {
        double[] out = new double[2];
        sinCosReduced(rh, rl, cosine, out);
        return out[0] + out[1];
    }

    /** As {@link #sinCosReduced(double, double, boolean)}, the double-double in out[0..1]. */
    private static void sinCosReduced(double rh, double rl, boolean cosine, double[] out) {
        boolean neg = rh < 0;
        if (neg) {
            rh = -rh;
            rl = -rl;
        }
        int j = (int) Math.rint(rh * 64.0);
        double d = rh - j / 64.0;
        double z = d * d;
        double ps = z * (-1.0 / 6 + z * (1.0 / 120 + z * (-1.0 / 5040)));
        double pc = z * (-0.5 + z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320))));
        double sdTail = rl + d * ps;
        double cdTail = pc - d * rl;
        double sh = SINCOS_TABLE[4 * j];
        double sl = SINCOS_TABLE[4 * j + 1];
        double ch = SINCOS_TABLE[4 * j + 2];
        double cl = SINCOS_TABLE[4 * j + 3];
        double h;
        double lo;
        if (!cosine) {
            double p = ch * d;
            double pe = Math.fma(ch, d, -p);
            h = sh + p;
            double bb = h - sh;
            double e = (sh - (h - bb)) + (p - bb);
            lo = e + pe + sl + cl * d + ch * sdTail + sh * cdTail;
            if (neg) {
                h = -h;
                lo = -lo;
            }
        } else {
            double p = -sh * d;
            double pe = Math.fma(-sh, d, -p);
            h = ch + p;
            double bb = h - ch;
            double e = (ch - (h - bb)) + (p - bb);
            lo = e + pe + cl - sl * d - sh * sdTail + ch * cdTail;
        }
        double hh = h + lo;
        out[0] = hh;
        out[1] = lo - (hh - h);
    }

    /** tan, correctly rounded in practice. */
    public static double tan(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x;
        }
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double[] r = new double[2];
        long n = ax < 1.6e6 ? reduce(x, r) : reduceHuge(x, r);
        double[] s = new double[2];
        double[] c = new double[2];
        sinCosReduced(r[0], r[1], false, s);
        sinCosReduced(r[0], r[1], true, c);
        double nh;
        double nl;
        double dh;
        double dl;
        if ((n & 1) == 0) {
            nh = s[0];
            nl = s[1];
            dh = c[0];
            dl = c[1];
        } else {
            nh = -c[0];
            nl = -c[1];
            dh = s[0];
            dl = s[1];
        }
        double q = nh / dh;
        double ql = (Math.fma(-q, dh, nh) + nl - q * dl) / dh;
        return q + ql;
    }

    /** sin, correctly rounded in practice. */
    public static double sin(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            return x;
        }
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double[] r = new double[2];
        long n = ax < 1.6e6 ? reduce(x, r) : reduceHuge(x, r);
        switch ((int) (n & 3)) {
            case 0:
                return sinCosReduced(r[0], r[1], false);
            case 1:
                return sinCosReduced(r[0], r[1], true);
            case 2:
                return -sinCosReduced(r[0], r[1], false);
            default:
                return -sinCosReduced(r[0], r[1], true);
        }
    }

    /** cos, correctly rounded in practice. */
    public static double cos(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return 1.0;
        }
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double[] r = new double[2];
        long n = ax < 1.6e6 ? reduce(x, r) : reduceHuge(x, r);
        switch ((int) (n & 3)) {
            case 0:
                return sinCosReduced(r[0], r[1], true);
            case 1:
                return -sinCosReduced(r[0], r[1], false);
            case 2:
                return -sinCosReduced(r[0], r[1], true);
            default:
                return sinCosReduced(r[0], r[1], false);
        }
    }

    // ------------------------------------------------------------------ inverse trigonometric

    /** atan(k/64) for k in 0..64 as double-double pairs (hi, lo), computed with 60-digit decimals. */
    private static final double[] ATAN_TABLE = {
        0.0, 0.0,
        0.015623728620476831, -4.913600136566304e-19,
        0.031239833430268277, -1.188442711587748e-18,
        0.046840712915969654, -1.655677442254952e-19,
        0.06241880999595735, -1.5490756308295046e-18,
        0.0779666338315423, 5.804551873143357e-18,
        0.09347678115858947, -6.2844725995420954e-18,
        0.10894195698986579, 6.8267122072409585e-18,
        0.12435499454676144, -3.1253241424539383e-18,
        0.13970887428916365, -2.9579864247315813e-18,
        0.15499674192394097, 9.585415594114324e-18,
        0.1702119252854744, -3.541164079802125e-18,
        0.18534794999569476, 4.180692268843079e-18,
        0.2003985538258785, 3.1399542871844493e-18,
        0.21535769969773805, 4.738160130078733e-19,
        0.23021958727684372, 1.2313404529142703e-17,
        0.24497866312686414, 1.0698755618734451e-17,
        0.2596296294082575, 1.9238754924615304e-17,
        0.2741674511196588, 8.261353575163773e-18,
        0.2885873618940774, -1.428369957377257e-17,
        0.3028848683749714, -1.1010827903001369e-17,
        0.31705575320914703, -1.893928924292642e-17,
        0.3310960767041321, -7.952610375793799e-18,
        0.34500217720710513, -2.2938804755578304e-17,
        0.35877067027057225, -2.4623815582638635e-17,
        0.3723984466767542, 1.9612311504845653e-17,
        0.38588266939807375, 2.378822732491941e-17,
        0.39922076957525254, 2.246598105617042e-17,
        0.4124104415973873, -1.587652227770689e-17,
        0.42544963737004227, 2.3315530741892885e-17,
        0.43833655985795783, -2.494277030626541e-17,
        0.4510696559885235, -2.2703795229420475e-17,
        0.4636476090008061, 2.2698777452961687e-17,
        0.4760693303227612, 1.4654487332256713e-17,
        0.48833395105640554, -1.1373236189329585e-17,
        0.5004408131472942, -4.7181675085518756e-17,
        0.5123894603107377, -2.5462781472855804e-17,
        0.5241796287829132, 5.520094119641666e-18,
        0.5358112379604637, -4.0637956834825575e-18,
        0.5472843809874369, 4.923709671396255e-17,
        0.5585993153435624, -5.4556305485916264e-18,
        0.5697564534829784, 1.2255062085054184e-17,
        0.5807563535676704, -1.441464378193067e-17,
        0.5915997103351114, 4.920495453686772e-17,
        0.6022873461349642, 2.950430737228402e-17,
        0.6128202021652414, -3.1552061848586226e-17,
        0.6231993299340659, 2.672403885140095e-17,
        0.6334258829691446, -2.7290767436015276e-17,
        0.6435011087932844, 1.5834785051444286e-17,
        0.6534263411807619, 3.5800634857340095e-17,
        0.6632029927060933, -3.076054864429649e-17,
        0.6728325475937632, -1.899315009714705e-17,
        0.6823165548747481, 6.943223671560008e-18,
        0.6916566218531999, -8.117151192285796e-18,
        0.7008544078844502, -1.987626234335816e-17,
        0.7099116184635249, -4.597166450584887e-17,
        0.7188299996216245, -2.1478388444456983e-17,
        0.7276113326265107, 2.569325697391839e-18,
        0.7362574289814281, 3.473937648299457e-17,
        0.7447701257160751, 3.708315849135547e-17,
        0.7531512809621944, -2.4256934659182068e-17,
        0.7614027698055784, 9.850030332752822e-18,
        0.7695264804056583, -3.704991905602721e-17,
        0.7775243103733478, -2.6676490951944502e-17,
        0.7853981633974483, 3.061616997868383e-17
    };
    private static final double PI_LO = 1.2246467991473532e-16;
    private static final double PIO2_LO = 6.123233995736766e-17;

    /**
     * atan(y / x) for {@code y >= 0, x > 0} given as double-doubles, as a double-double in
     * {@code out[0..1]}: about 100 bits, so the result rounds correctly but in the rarest cases
     * (glibc's inverse trigonometric functions are correctly rounded in practice).
     */
    private static void atanRatio(double yh, double yl, double xh, double xl, double[] out) {
        boolean swapped = yh > xh;
        if (swapped) {
            double t = yh;
            yh = xh;
            xh = t;
            t = yl;
            yl = xl;
            xl = t;
        }
        // u = y / x <= 1 (about)
        double uh = yh / xh;
        double ul = (Math.fma(-uh, xh, yh) + yl - uh * xl) / xh;
        double rh;
        double rl;
        if (uh < 0x1p-30) {
            rh = uh;
            rl = ul;
        } else {
            int k = (int) Math.rint(uh * 64.0);
            double c = k / 64.0;
            double nh = uh - c;
            double nl = ul;
            double p = uh * c;
            double perr = Math.fma(uh, c, -p);
            double dh = 1.0 + p;
            double dl = ((1.0 - dh) + p) + perr + ul * c;
            double vh = nh / dh;
            double vl = (Math.fma(-vh, dh, nh) + nl - vh * dl) / dh;
            double z = vh * vh;
            double poly = z * (-1.0 / 3 + z * (1.0 / 5 + z * (-1.0 / 7 + z * (1.0 / 9 + z * (-1.0 / 11)))));
            double ah = ATAN_TABLE[2 * k];
            double al = ATAN_TABLE[2 * k + 1];
            rh = ah + vh;
            double bb = rh - ah;
            double err = (ah - (rh - bb)) + (vh - bb);
            rl = err + al + vl + vh * poly;
        }
        if (swapped) {
            double sh = Math.PI / 2 - rh;
            double bb = sh - Math.PI / 2;
            double err = (Math.PI / 2 - (sh - bb)) + (-rh - bb);
            rh = sh;
            rl = err + PIO2_LO - rl;
        }
        out[0] = rh;
        out[1] = rl;
    }

    /** pi - (h + l) as a double. */
    private static double piMinus(double h, double l) {
        double sh = Math.PI - h;
        double bb = sh - Math.PI;
        double err = (Math.PI - (sh - bb)) + (-h - bb);
        return sh + (err + PI_LO - l);
    }

    /** atan, correctly rounded in practice. */
    public static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x;
        }
        if (ax > 0x1p60) {
            return Math.copySign(Math.PI / 2, x);
        }
        double[] r = new double[2];
        atanRatio(ax, 0.0, 1.0, 0.0, r);
        return Math.copySign(r[0] + r[1], x);
    }

    /** atan2 of finite, non-zero-y arguments (the special values are decided by the caller). */
    public static double atan2Finite(double y, double x) {
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        if (ax < 0x1p-900 && ay < 0x1p-900) {
            ax *= 0x1p1000;
            ay *= 0x1p1000;
        }
        double r;
        if (ax == 0.0) {
            r = Math.PI / 2;
        } else if (ay / ax < 0x1p-60) {
            double q = ay / ax;
            r = x > 0 ? q : piMinus(q, 0.0);
            if (x > 0 && q < 0x1p-900) {
                r = Math.abs(y / x);
            }
            return Math.copySign(r, y);
        } else if (ay / ax > 0x1p60) {
            r = Math.PI / 2;
        } else {
            double[] d = new double[2];
            atanRatio(ay, 0.0, ax, 0.0, d);
            r = x > 0 ? d[0] + d[1] : piMinus(d[0], d[1]);
        }
        return Math.copySign(r, y);
    }

    /** sqrt(1 - x*x) for |x| <= 1 as a double-double in out[0..1]. */
    private static void sqrtOneMinusSquare(double ax, double[] out) {
        // 1 - x*x = (1 - x)(1 + x), with 1 - x exact for x >= 0.5
        double wh;
        double wl;
        if (ax >= 0.5) {
            double a = 1.0 - ax;
            double b = 1.0 + ax;
            double bl = (1.0 - b) + ax;
            wh = a * b;
            wl = Math.fma(a, b, -wh) + a * bl;
        } else {
            double sq = ax * ax;
            double sqe = Math.fma(ax, ax, -sq);
            wh = 1.0 - sq;
            wl = ((1.0 - wh) - sq) - sqe;
        }
        double sh = Math.sqrt(wh);
        double sl = (Math.fma(-sh, sh, wh) + wl) / (2.0 * sh);
        out[0] = sh;
        out[1] = sl;
    }

    /** asin, correctly rounded in practice (NaN outside [-1, 1]). */
    public static double asin(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) {
            return Double.NaN;
        }
        if (ax < 0x1p-26) {
            return x;
        }
        if (ax == 1.0) {
            return Math.copySign(Math.PI / 2, x);
        }
        double[] s = new double[2];
        sqrtOneMinusSquare(ax, s);
        double[] r = new double[2];
        atanRatio(ax, 0.0, s[0], s[1], r);
        return Math.copySign(r[0] + r[1], x);
    }

    /** acos, correctly rounded in practice (NaN outside [-1, 1]). */
    public static double acos(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return x > 0 ? 0.0 : Math.PI;
        }
        if (ax < 0x1p-57) {
            return Math.PI / 2;
        }
        double[] s = new double[2];
        sqrtOneMinusSquare(ax, s);
        double[] r = new double[2];
        atanRatio(s[0], s[1], ax, 0.0, r);
        return x > 0 ? r[0] + r[1] : piMinus(r[0], r[1]);
    }

    // ------------------------------------------------------------------ hyperbolic

    /** cosh (FDLIBM's method around the system exp). */
    public static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        double ax = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) {
                    return 1.0;
                }
                double t = expm1(ax);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * exp(ax);
        }
        if (ax <= 0x1.633ce8fb9f87dp+9) {
            double w = exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** sinh (FDLIBM's method around the system exp). */
    public static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) {
                return x;
            }
            double t = expm1(ax);
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) {
            return h * exp(ax);
        }
        if (ax <= 0x1.633ce8fb9f87dp+9) {
            double w = exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307;
    }

    /** tanh (FDLIBM's method). */
    public static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if (x == 0.0) {
                return x;
            }
            if (ix < 0x3c800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    // ------------------------------------------------------------------ inverse hyperbolic

    /** asinh. */
    public static double asinh(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        if (ix < 0x3e300000) {
            return x;
        }
        double w;
        if (ix > 0x41b00000) {
            w = log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) {
            double t = Math.abs(x);
            w = log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else {
            double t = x * x;
            w = StrictMath.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    /** acosh (NaN below 1). */
    public static double acosh(double x) {
        int hx = hi(x);
        if (hx < 0x3ff00000) {
            return Double.NaN;
        } else if (hx >= 0x41b00000) {
            if (hx >= 0x7ff00000) {
                return x + x;
            }
            return log(x) + LN2;
        } else if (((hx - 0x3ff00000) | lo(x)) == 0) {
            return 0.0;
        } else if (hx > 0x40000000) {
            double t = x * x;
            return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        } else {
            double t = x - 1.0;
            return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
    }

    /** atanh (NaN beyond 1, infinite at 1). */
    public static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * StrictMath.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * StrictMath.log1p((xa + xa) / (1.0 - xa));
        } else if (xa > 1.0) {
            return Double.NaN;
        } else if (Double.isNaN(x)) {
            return x;
        } else {
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }

    // ------------------------------------------------------------------ error function

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double PP0 = 1.28379167095512558561e-01;
    private static final double PP1 = -3.25042107247001499370e-01;
    private static final double PP2 = -2.84817495755985104766e-02;
    private static final double PP3 = -5.77027029648944159157e-03;
    private static final double PP4 = -2.37630166566501626084e-05;
    private static final double QQ1 = 3.97917223959155352819e-01;
    private static final double QQ2 = 6.50222499887672944485e-02;
    private static final double QQ3 = 5.08130628187576562776e-03;
    private static final double QQ4 = 1.32494738004321644526e-04;
    private static final double QQ5 = -3.96022827877536812320e-06;
    private static final double PA0 = -2.36211856075265944077e-03;
    private static final double PA1 = 4.14856118683748331666e-01;
    private static final double PA2 = -3.72207876035701323847e-01;
    private static final double PA3 = 3.18346619901161753674e-01;
    private static final double PA4 = -1.10894694282396677476e-01;
    private static final double PA5 = 3.54783043256182359371e-02;
    private static final double PA6 = -2.16637559486879084300e-03;
    private static final double QA1 = 1.06420880400844228286e-01;
    private static final double QA2 = 5.40397917702171048937e-01;
    private static final double QA3 = 7.18286544141962662868e-02;
    private static final double QA4 = 1.26171219808761642112e-01;
    private static final double QA5 = 1.36370839120290507362e-02;
    private static final double QA6 = 1.19844998467991074170e-02;
    private static final double RA0 = -9.86494403484714822705e-03;
    private static final double RA1 = -6.93858572707181764372e-01;
    private static final double RA2 = -1.05586262253232909814e+01;
    private static final double RA3 = -6.23753324503260060396e+01;
    private static final double RA4 = -1.62396669462573470355e+02;
    private static final double RA5 = -1.84605092906711035994e+02;
    private static final double RA6 = -8.12874355063065934246e+01;
    private static final double RA7 = -9.81432934416914548592e+00;
    private static final double SA1 = 1.96512716674392571292e+01;
    private static final double SA2 = 1.37657754143519042600e+02;
    private static final double SA3 = 4.34565877475229228821e+02;
    private static final double SA4 = 6.45387271733267880336e+02;
    private static final double SA5 = 4.29008140027567833386e+02;
    private static final double SA6 = 1.08635005541779435134e+02;
    private static final double SA7 = 6.57024977031928170135e+00;
    private static final double SA8 = -6.04244152148580987438e-02;
    private static final double RB0 = -9.86494292470009928597e-03;
    private static final double RB1 = -7.99283237680523006574e-01;
    private static final double RB2 = -1.77579549177547519889e+01;
    private static final double RB3 = -1.60636384855821916062e+02;
    private static final double RB4 = -6.37566443368389627722e+02;
    private static final double RB5 = -1.02509513161107724954e+03;
    private static final double RB6 = -4.83519191608651397019e+02;
    private static final double SB1 = 3.03380607434824582924e+01;
    private static final double SB2 = 3.25792512996573918826e+02;
    private static final double SB3 = 1.53672958608443695994e+03;
    private static final double SB4 = 3.19985821950859553908e+03;
    private static final double SB5 = 2.55305040643316442583e+03;
    private static final double SB6 = 4.74528541206955367215e+02;
    private static final double SB7 = -2.24409524465858183362e+01;
    private static final double TINY = 1e-300;

    /** P/Q on [0, 0.84375]: erf(x) = x + x*y there. */
    private static double erfSmallRatio(double z) {
        double r1 = PP0 + z * PP1;
        double z2 = z * z;
        double r2 = PP2 + z * PP3;
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ1;
        double s2 = QQ2 + z * QQ3;
        double s3 = QQ4 + z * QQ5;
        double r = r1 + z2 * r2 + z4 * PP4;
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    private static double erfMidP(double s) {
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        return PA0 + s * PA1 + s2 * (PA2 + s * PA3) + s4 * (PA4 + s * PA5) + s6 * PA6;
    }

    private static double erfMidQ(double s) {
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        return 1.0 + s * QA1 + s2 * (QA2 + s * QA3) + s4 * (QA4 + s * QA5) + s6 * QA6;
    }

    /** exp(-x*x-0.5625+R/S)/x for the tail, with R/S for 1/x^2 chosen by the range of x. */
    private static double erfcTail(double x, boolean near) {
        double s = 1.0 / (x * x);
        double r;
        double ss;
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        if (near) {
            double s8 = s4 * s4;
            r = RA0 + s * RA1 + s2 * (RA2 + s * RA3) + s4 * (RA4 + s * RA5) + s6 * (RA6 + s * RA7);
            ss = 1.0 + s * SA1 + s2 * (SA2 + s * SA3) + s4 * (SA4 + s * SA5) + s6 * (SA6 + s * SA7) + s8 * SA8;
        } else {
            r = RB0 + s * RB1 + s2 * (RB2 + s * RB3) + s4 * (RB4 + s * RB5) + s6 * RB6;
            ss = 1.0 + s * SB1 + s2 * (SB2 + s * SB3) + s4 * (SB4 + s * SB5) + s6 * (SB6 + s * SB7);
        }
        double z = clearLo(x);
        return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / ss) / x;
    }

    /** erf. */
    public static double erf(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            int i = (hx >>> 31) << 1;
            return (1 - i) + 1.0 / x;
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * erfSmallRatio(x * x);
        }
        if (ix < 0x3ff40000) {
            double s = Math.abs(x) - 1.0;
            double pq = erfMidP(s) / erfMidQ(s);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) {
            return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double r = erfcTail(Math.abs(x), ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r : r - 1.0;
    }

    /** erfc. */
    public static double erfc(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return ((hx >>> 31) << 1) + 1.0 / x;
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) {
                return 1.0 - x;
            }
            double y = erfSmallRatio(x * x);
            if (hx < 0x3fd00000) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double s = Math.abs(x) - 1.0;
            double pq = erfMidP(s) / erfMidQ(s);
            if (hx >= 0) {
                return (1.0 - ERX) - pq;
            }
            return 1.0 + (ERX + pq);
        }
        if (ix < 0x403c0000) {
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0 - TINY;
            }
            double r = erfcTail(Math.abs(x), ix < 0x4006DB6D);
            return hx > 0 ? r : 2.0 - r;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }

    // ------------------------------------------------------------------ gamma (CPython's own)

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};

    /** Lanczos' sum for {@code x > 0}, as a rational function (in 1/x for large x). */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x) for finite x, exact at integers. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = sin(PI * y);
                break;
            case 1:
                r = cos(PI * (y - 0.5));
                break;
            case 2:
                r = sin(PI * (1.0 - y));
                break;
            case 3:
                r = -cos(PI * (y - 1.5));
                break;
            default:
                r = sin(PI * (y - 2.0));
                break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** The error a C function reports through errno: none, EDOM (ValueError) or ERANGE. */
    public static final int OK = 0;
    /** Domain error (ValueError "math domain error"). */
    public static final int EDOM = 1;
    /** Range error (OverflowError "math range error" unless the result is small). */
    public static final int ERANGE = 2;

    /**
     * The gamma function; {@code err[0]} receives {@link #EDOM} or {@link #ERANGE} as CPython's
     * {@code m_tgamma} sets errno.
     */
    public static double gamma(double x, int[] err) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            err[0] = EDOM;
            return Double.NaN;
        }
        if (x == 0.0) {
            err[0] = EDOM;
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                err[0] = EDOM;
                return Double.NaN;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                err[0] = ERANGE;
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            err[0] = ERANGE;
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            err[0] = ERANGE;
        }
        return r;
    }

    /** log(abs(gamma(x))); {@code err[0]} as for {@link #gamma}. */
    public static double lgamma(double x, int[] err) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (Double.isNaN(x)) {
                return x;
            }
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                err[0] = EDOM;
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -log(absx);
        }
        double r = log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            err[0] = ERANGE;
        }
        return r;
    }

    // ------------------------------------------------------------------ two-argument functions

    /** atan2 with C99's special values decided here, as CPython's {@code m_atan2} does. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                if (Math.copySign(1.0, x) == 1.0) {
                    return Math.copySign(0.25 * Math.PI, y);
                }
                return Math.copySign(0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) {
                return Math.copySign(0.0, y);
            }
            return Math.copySign(Math.PI, y);
        }
        return atan2Finite(y, x);
    }

    /** IEEE 754 remainder, exact; NaN for a zero divisor or an infinite dividend. */
    public static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x;
    }

    private static final double T27 = 134217729.0;

    /**
     * sqrt(sum(x*x for x in vec[0..n))) with the scaling, splitting, compensated summation and
     * final correction CPython uses, so results are (almost always) correctly rounded.
     * {@code max} is the largest element (all are non-negative here).
     */
    public static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1;
        if (maxE < Double.MIN_EXPONENT) {
            maxE = Math.getExponent(max * TWO54) + 1 - 54;
        }
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * T27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * T27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }
}
