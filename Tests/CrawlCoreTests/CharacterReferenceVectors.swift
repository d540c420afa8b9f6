// GENERATED FILE, DO NOT EDIT. Written by scripts/gen-charref-vectors with Python
// 3.11.7's html.unescape; regenerate with `scripts/gen-charref-vectors`.

/// 6,636 inputs for `CharacterReferences.decodeRCDATA` and what the HTML standard decodes them to
/// (see the script for why `html.unescape`, with one patch, computes that).
///
/// One vector a line: input, a tab, expected output. Characters outside printable ASCII, `\`, `"`
/// and a space ending the line are written `\u{X}` (hex) in this raw literal; the test decodes them.
enum CharacterReferenceVectors {
    static let count = 6636
    static let text = #"""
x&AElig;x	x\u{C6}x
\u{65E5}&AElig;<	\u{65E5}\u{C6}<
\u{65E5}&AElig&amp;	\u{65E5}\u{C6}&
&AMP\u{E9}	&\u{E9}
&AMP;&amp;	&&
x&AMP;x	x&x
\u{65E5}&Aacutea;	\u{65E5}\u{C1}a;
\u{65E5}&Aacute;=	\u{65E5}\u{C1}=
Title: &Aacute	Title: \u{C1}
\u{65E5}&Abreve;z	\u{65E5}\u{102}z
x&Abreve&amp;	x&Abreve&
&Acirc&	\u{C2}&
&Acirc;;	\u{C2};
Title: &Acirc9	Title: \u{C2}9
&Acy;<	\u{410}<
\u{65E5}&Acy&	\u{65E5}&Acy&
\u{65E5}&Afr;\u{E9}	\u{65E5}\u{1D504}\u{E9}
&Afr	&Afr
&Agrave<	\u{C0}<
&Agrave;x	\u{C0}x
x&Agravea;	x\u{C0}a;
&Alpha;#	\u{391}#
&Alpha;;	\u{391};
&Amacr;;;	\u{100};;
&Amacr;	\u{100}
Title: &And;1	Title: \u{2A53}1
Title: &Andx	Title: &Andx
x&Aogon;#	x\u{104}#
\u{65E5}&Aogon9;	\u{65E5}&Aogon9;
x&Aopf;\u{E9}	x\u{1D538}\u{E9}
Title: &Aopf	Title: &Aopf
\u{65E5}&ApplyFunction;x	\u{65E5}\u{2061}x
&ApplyFunction;x	\u{2061}x
&Aring&amp;	\u{C5}&
\u{65E5}&Aring;\u{E9}	\u{65E5}\u{C5}\u{E9}
\u{65E5}&Aring 	\u{65E5}\u{C5}\u{20}
&Ascr;;x	\u{1D49C};x
&Ascr&	&Ascr&
&Assign;&amp;	\u{2254}&
Title: &Assign<	Title: &Assign<
&Atilde	\u{C3}
x&Atilde;#	x\u{C3}#
&Atilde<	\u{C3}<
&Auml=	\u{C4}=
\u{65E5}&Auml;#	\u{65E5}\u{C4}#
&Auml\u{E9}	\u{C4}\u{E9}
&Backslash;X	\u{2216}X
Title: &Backslash=	Title: &Backslash=
&Barv;x	\u{2AE7}x
\u{65E5}&Barv;x	\u{65E5}\u{2AE7}x
&Barwed;#	\u{2306}#
&Barwed9;	&Barwed9;
&Bcy;;	\u{411};
Title: &Bcya;	Title: &Bcya;
&Because;9	\u{2235}9
&Because 	&Because\u{20}
x&Bernoullis;9;	x\u{212C}9;
\u{65E5}&Bernoullis9;	\u{65E5}&Bernoullis9;
&Beta;1	\u{392}1
x&Beta;;	x\u{392};
&Bfr;1	\u{1D505}1
&Bfr=	&Bfr=
Title: &Bopf;	Title: \u{1D539}
&Bopf&	&Bopf&
&Breve;=	\u{2D8}=
&Breve<	&Breve<
&Bscr;=	\u{212C}=
Title: &BscrX	Title: &BscrX
&Bumpeq;;;	\u{224E};;
Title: &Bumpeqz	Title: &Bumpeqz
&CHcy;&	\u{427}&
\u{65E5}&CHcy;x	\u{65E5}\u{427}x
\u{65E5}&COPYX	\u{65E5}\u{A9}X
&COPY;<	\u{A9}<
Title: &COPY9;	Title: \u{A9}9;
x&Cacute;&amp;	x\u{106}&
&Cacutea;	&Cacutea;
\u{65E5}&Cap;1	\u{65E5}\u{22D2}1
x&Cap 	x&Cap\u{20}
Title: &CapitalDifferentialD;;	Title: \u{2145};
&CapitalDifferentialD&	&CapitalDifferentialD&
Title: &Cayleys;a;	Title: \u{212D}a;
\u{65E5}&Cayleys9	\u{65E5}&Cayleys9
\u{65E5}&Ccaron; 	\u{65E5}\u{10C}\u{20}
Title: &Ccaron;x	Title: \u{10C}x
&Ccedil	\u{C7}
\u{65E5}&Ccedil;	\u{65E5}\u{C7}
&Ccedil;;	\u{C7};
&Ccirc;#	\u{108}#
&Ccirc=	&Ccirc=
&Cconint;#	\u{2230}#
x&Cconint;	x\u{2230}
Title: &Cdot;;x	Title: \u{10A};x
&Cdot#	&Cdot#
x&Cedilla;x	x\u{B8}x
x&Cedilla9	x&Cedilla9
Title: &CenterDot;;;	Title: \u{B7};;
&CenterDot&amp;	&CenterDot&
\u{65E5}&Cfr;\u{E9}	\u{65E5}\u{212D}\u{E9}
Title: &Cfr1	Title: &Cfr1
&Chi;z	\u{3A7}z
&Chi;	\u{3A7}
&CircleDot;#	\u{2299}#
Title: &CircleDot9	Title: &CircleDot9
x&CircleMinus;X	x\u{2296}X
\u{65E5}&CircleMinus&amp;	\u{65E5}&CircleMinus&
&CirclePlus; 	\u{2295}\u{20}
&CirclePlus;;	\u{2295};
x&CircleTimes;X	x\u{2297}X
&CircleTimes;;	\u{2297};
Title: &ClockwiseContourIntegral;\u{E9}	Title: \u{2232}\u{E9}
Title: &ClockwiseContourIntegral=	Title: &ClockwiseContourIntegral=
&CloseCurlyDoubleQuote;#	\u{201D}#
&CloseCurlyDoubleQuote&	&CloseCurlyDoubleQuote&
&CloseCurlyQuote;&	\u{2019}&
&CloseCurlyQuotex	&CloseCurlyQuotex
\u{65E5}&Colon; 	\u{65E5}\u{2237}\u{20}
&Colon1	&Colon1
\u{65E5}&Colone;#	\u{65E5}\u{2A74}#
&Colone1	&Colone1
&Congruent;9	\u{2261}9
x&Congruenta;	x&Congruenta;
x&Conint;1	x\u{222F}1
&Conint&	&Conint&
x&ContourIntegral;=	x\u{222E}=
&ContourIntegralX	&ContourIntegralX
&Copf;	\u{2102}
&Copf&amp;	&Copf&
&Coproduct;9	\u{2210}9
\u{65E5}&Coproduct#	\u{65E5}&Coproduct#
&CounterClockwiseContourIntegral;=	\u{2233}=
Title: &CounterClockwiseContourIntegralz	Title: &CounterClockwiseContourIntegralz
Title: &Cross;&	Title: \u{2A2F}&
&Cross<	&Cross<
x&Cscr;\u{E9}	x\u{1D49E}\u{E9}
Title: &Cscr<	Title: &Cscr<
\u{65E5}&Cup;=	\u{65E5}\u{22D3}=
x&Cupa;	x&Cupa;
&CupCap;=	\u{224D}=
x&CupCap;;	x\u{224D};
\u{65E5}&DD;\u{E9}	\u{65E5}\u{2145}\u{E9}
Title: &DDa;	Title: &DDa;
\u{65E5}&DDotrahd;;	\u{65E5}\u{2911};
&DDotrahd;;	\u{2911};
Title: &DJcy; 	Title: \u{402}\u{20}
&DJcy	&DJcy
&DScy;9;	\u{405}9;
&DScy 	&DScy\u{20}
&DZcy;z	\u{40F}z
x&DZcy=	x&DZcy=
Title: &Dagger;z	Title: \u{2021}z
&Dagger9;	&Dagger9;
&Darr;#	\u{21A1}#
&Darr 	&Darr\u{20}
x&Dashv; 	x\u{2AE4}\u{20}
x&Dashv&	x&Dashv&
&Dcaron;z	\u{10E}z
&Dcaron;	\u{10E}
\u{65E5}&Dcy;\u{E9}	\u{65E5}\u{414}\u{E9}
x&Dcy#	x&Dcy#
Title: &Del;;x	Title: \u{2207};x
&Del#	&Del#
x&Delta;9;	x\u{394}9;
x&Delta\u{E9}	x&Delta\u{E9}
&Dfr;1	\u{1D507}1
&Dfr;x	\u{1D507}x
&DiacriticalAcute;;x	\u{B4};x
Title: &DiacriticalAcute;	Title: \u{B4}
\u{65E5}&DiacriticalDot;&amp;	\u{65E5}\u{2D9}&
\u{65E5}&DiacriticalDot 	\u{65E5}&DiacriticalDot\u{20}
&DiacriticalDoubleAcute; 	\u{2DD}\u{20}
&DiacriticalDoubleAcute	&DiacriticalDoubleAcute
Title: &DiacriticalGrave; 	Title: `\u{20}
&DiacriticalGrave	&DiacriticalGrave
&DiacriticalTilde;9	\u{2DC}9
&DiacriticalTilde9	&DiacriticalTilde9
\u{65E5}&Diamond; 	\u{65E5}\u{22C4}\u{20}
&Diamond1	&Diamond1
&DifferentialD;;;	\u{2146};;
&DifferentialDX	&DifferentialDX
&Dopf;9;	\u{1D53B}9;
Title: &Dopf9	Title: &Dopf9
x&Dot;X	x\u{A8}X
Title: &Dot	Title: &Dot
\u{65E5}&DotDot;z	\u{65E5}\u{20DC}z
x&DotDot<	x&DotDot<
x&DotEqual; 	x\u{2250}\u{20}
x&DotEqual&amp;	x&DotEqual&
\u{65E5}&DoubleContourIntegral;\u{E9}	\u{65E5}\u{222F}\u{E9}
x&DoubleContourIntegral<	x&DoubleContourIntegral<
&DoubleDot;;x	\u{A8};x
&DoubleDotz	&DoubleDotz
x&DoubleDownArrow;&amp;	x\u{21D3}&
\u{65E5}&DoubleDownArrowX	\u{65E5}&DoubleDownArrowX
\u{65E5}&DoubleLeftArrow;#	\u{65E5}\u{21D0}#
Title: &DoubleLeftArrow\u{E9}	Title: &DoubleLeftArrow\u{E9}
Title: &DoubleLeftRightArrow;&amp;	Title: \u{21D4}&
&DoubleLeftRightArrowz	&DoubleLeftRightArrowz
&DoubleLeftTee;;	\u{2AE4};
&DoubleLeftTeeX	&DoubleLeftTeeX
x&DoubleLongLeftArrow;x	x\u{27F8}x
&DoubleLongLeftArrow	&DoubleLongLeftArrow
&DoubleLongLeftRightArrow;	\u{27FA}
&DoubleLongLeftRightArrow	&DoubleLongLeftRightArrow
Title: &DoubleLongRightArrow;=	Title: \u{27F9}=
Title: &DoubleLongRightArrow9;	Title: &DoubleLongRightArrow9;
\u{65E5}&DoubleRightArrow;9	\u{65E5}\u{21D2}9
x&DoubleRightArrow&	x&DoubleRightArrow&
x&DoubleRightTee;;;	x\u{22A8};;
&DoubleRightTee=	&DoubleRightTee=
x&DoubleUpArrow;x	x\u{21D1}x
\u{65E5}&DoubleUpArrow&	\u{65E5}&DoubleUpArrow&
&DoubleUpDownArrow;&amp;	\u{21D5}&
&DoubleUpDownArrow 	&DoubleUpDownArrow\u{20}
&DoubleVerticalBar;9;	\u{2225}9;
Title: &DoubleVerticalBarz	Title: &DoubleVerticalBarz
\u{65E5}&DownArrow;;x	\u{65E5}\u{2193};x
&DownArrow9	&DownArrow9
&DownArrowBar;X	\u{2913}X
x&DownArrowBar#	x&DownArrowBar#
\u{65E5}&DownArrowUpArrow;&	\u{65E5}\u{21F5}&
x&DownArrowUpArrow&	x&DownArrowUpArrow&
&DownBreve;\u{E9}	\u{311}\u{E9}
x&DownBreve&	x&DownBreve&
&DownLeftRightVector;;;	\u{2950};;
Title: &DownLeftRightVector&amp;	Title: &DownLeftRightVector&
&DownLeftTeeVector;=	\u{295E}=
&DownLeftTeeVector\u{E9}	&DownLeftTeeVector\u{E9}
&DownLeftVector;z	\u{21BD}z
Title: &DownLeftVectora;	Title: &DownLeftVectora;
\u{65E5}&DownLeftVectorBar;;x	\u{65E5}\u{2956};x
&DownLeftVectorBar&	&DownLeftVectorBar&
x&DownRightTeeVector;X	x\u{295F}X
&DownRightTeeVector9;	&DownRightTeeVector9;
&DownRightVector;&amp;	\u{21C1}&
Title: &DownRightVectorz	Title: &DownRightVectorz
Title: &DownRightVectorBar;;x	Title: \u{2957};x
x&DownRightVectorBar&	x&DownRightVectorBar&
&DownTee;&amp;	\u{22A4}&
&DownTee&	&DownTee&
Title: &DownTeeArrow;a;	Title: \u{21A7}a;
&DownTeeArrow1	&DownTeeArrow1
Title: &Downarrow;\u{E9}	Title: \u{21D3}\u{E9}
&Downarrow&	&Downarrow&
Title: &Dscr;&amp;	Title: \u{1D49F}&
Title: &Dscr&amp;	Title: &Dscr&
&Dstrok; 	\u{110}\u{20}
&Dstrok&	&Dstrok&
\u{65E5}&ENG;\u{E9}	\u{65E5}\u{14A}\u{E9}
&ENG<	&ENG<
&ETH;;	\u{D0};
&ETH;<	\u{D0}<
&ETH;x	\u{D0}x
&Eacute9;	\u{C9}9;
&Eacute; 	\u{C9}\u{20}
&Eacutea;	\u{C9}a;
&Ecaron; 	\u{11A}\u{20}
&Ecaron=	&Ecaron=
&Ecirc9	\u{CA}9
&Ecirc;X	\u{CA}X
\u{65E5}&Ecirc9	\u{65E5}\u{CA}9
Title: &Ecy;1	Title: \u{42D}1
x&Ecy 	x&Ecy\u{20}
x&Edot;z	x\u{116}z
x&Edot\u{E9}	x&Edot\u{E9}
x&Efr;a;	x\u{1D508}a;
x&Efr&amp;	x&Efr&
&Egrave9	\u{C8}9
&Egrave;<	\u{C8}<
\u{65E5}&Egrave9;	\u{65E5}\u{C8}9;
Title: &Element;&	Title: \u{2208}&
&Element\u{E9}	&Element\u{E9}
&Emacr;z	\u{112}z
&Emacrx	&Emacrx
\u{65E5}&EmptySmallSquare; 	\u{65E5}\u{25FB}\u{20}
x&EmptySmallSquare 	x&EmptySmallSquare\u{20}
x&EmptyVerySmallSquare;z	x\u{25AB}z
\u{65E5}&EmptyVerySmallSquare<	\u{65E5}&EmptyVerySmallSquare<
x&Eogon;&	x\u{118}&
&Eogon;x	\u{118}x
x&Eopf;#	x\u{1D53C}#
&Eopfz	&Eopfz
&Epsilon;a;	\u{395}a;
&Epsilon<	&Epsilon<
&Equal;=	\u{2A75}=
&Equal9	&Equal9
&EqualTilde;;;	\u{2242};;
x&EqualTilde<	x&EqualTilde<
x&Equilibrium; 	x\u{21CC}\u{20}
Title: &Equilibriumx	Title: &Equilibriumx
&Escr;z	\u{2130}z
&Escr\u{E9}	&Escr\u{E9}
Title: &Esim;;x	Title: \u{2A73};x
Title: &Esim&amp;	Title: &Esim&
&Eta;z	\u{397}z
&Eta;;	\u{397};
&Euml=	\u{CB}=
&Euml;;	\u{CB};
Title: &Euml;;	Title: \u{CB};
x&Exists;X	x\u{2203}X
x&Exists<	x&Exists<
&ExponentialE;;	\u{2147};
x&ExponentialE 	x&ExponentialE\u{20}
&Fcy;9;	\u{424}9;
x&Fcy&amp;	x&Fcy&
x&Ffr;x	x\u{1D509}x
&Ffr;;	\u{1D509};
Title: &FilledSmallSquare;a;	Title: \u{25FC}a;
Title: &FilledSmallSquare;;	Title: \u{25FC};
x&FilledVerySmallSquare;;;	x\u{25AA};;
&FilledVerySmallSquare<	&FilledVerySmallSquare<
&Fopf;#	\u{1D53D}#
&Fopf	&Fopf
&ForAll;x	\u{2200}x
Title: &ForAll;x	Title: \u{2200}x
&Fouriertrf;=	\u{2131}=
&Fouriertrf#	&Fouriertrf#
&Fscr;<	\u{2131}<
\u{65E5}&Fscr\u{E9}	\u{65E5}&Fscr\u{E9}
Title: &GJcy;x	Title: \u{403}x
\u{65E5}&GJcy;	\u{65E5}\u{403}
&GT&amp;	>&
\u{65E5}&GT; 	\u{65E5}>\u{20}
&GTx	>x
\u{65E5}&Gamma;X	\u{65E5}\u{393}X
&GammaX	&GammaX
&Gammad;x	\u{3DC}x
Title: &Gammadz	Title: &Gammadz
&Gbreve;<	\u{11E}<
Title: &Gbreve1	Title: &Gbreve1
&Gcedil;;;	\u{122};;
&Gcedil=	&Gcedil=
x&Gcirc;	x\u{11C}
\u{65E5}&Gcircz	\u{65E5}&Gcircz
&Gcy;a;	\u{413}a;
Title: &Gcya;	Title: &Gcya;
\u{65E5}&Gdot;&	\u{65E5}\u{120}&
&Gdot;x	\u{120}x
&Gfr; 	\u{1D50A}\u{20}
x&Gfr#	x&Gfr#
&Gg;1	\u{22D9}1
&Gg&amp;	&Gg&
&Gopf; 	\u{1D53E}\u{20}
&Gopf9;	&Gopf9;
&GreaterEqual;#	\u{2265}#
&GreaterEqual&	&GreaterEqual&
&GreaterEqualLess; 	\u{22DB}\u{20}
Title: &GreaterEqualLess<	Title: &GreaterEqualLess<
Title: &GreaterFullEqual;;;	Title: \u{2267};;
&GreaterFullEqual 	&GreaterFullEqual\u{20}
Title: &GreaterGreater;;;	Title: \u{2AA2};;
&GreaterGreaterz	&GreaterGreaterz
&GreaterLess;&	\u{2277}&
&GreaterLess;;	\u{2277};
\u{65E5}&GreaterSlantEqual;9	\u{65E5}\u{2A7E}9
&GreaterSlantEqualx	&GreaterSlantEqualx
&GreaterTilde;1	\u{2273}1
\u{65E5}&GreaterTilde#	\u{65E5}&GreaterTilde#
\u{65E5}&Gscr;&	\u{65E5}\u{1D4A2}&
&Gscr;	\u{1D4A2}
x&Gt;=	x\u{226B}=
&Gt&	&Gt&
&HARDcy;;	\u{42A};
\u{65E5}&HARDcy&	\u{65E5}&HARDcy&
\u{65E5}&Hacek;9;	\u{65E5}\u{2C7}9;
&Hacek=	&Hacek=
Title: &Hat;x	Title: ^x
&Hat9;	&Hat9;
x&Hcirc;1	x\u{124}1
Title: &Hcirc9	Title: &Hcirc9
\u{65E5}&Hfr;a;	\u{65E5}\u{210C}a;
Title: &Hfr\u{E9}	Title: &Hfr\u{E9}
\u{65E5}&HilbertSpace;&	\u{65E5}\u{210B}&
&HilbertSpacez	&HilbertSpacez
Title: &Hopf;1	Title: \u{210D}1
Title: &Hopf9;	Title: &Hopf9;
\u{65E5}&HorizontalLine;a;	\u{65E5}\u{2500}a;
&HorizontalLineX	&HorizontalLineX
&Hscr;#	\u{210B}#
&Hscr1	&Hscr1
&Hstrok;x	\u{126}x
&Hstrok9;	&Hstrok9;
\u{65E5}&HumpDownHump;a;	\u{65E5}\u{224E}a;
Title: &HumpDownHumpx	Title: &HumpDownHumpx
x&HumpEqual;\u{E9}	x\u{224F}\u{E9}
&HumpEqual1	&HumpEqual1
Title: &IEcy;1	Title: \u{415}1
\u{65E5}&IEcyz	\u{65E5}&IEcyz
&IJlig;;;	\u{132};;
\u{65E5}&IJlig1	\u{65E5}&IJlig1
\u{65E5}&IOcy;&	\u{65E5}\u{401}&
\u{65E5}&IOcy1	\u{65E5}&IOcy1
&Iacute=	\u{CD}=
x&Iacute;9;	x\u{CD}9;
\u{65E5}&Iacutez	\u{65E5}\u{CD}z
&Icircx	\u{CE}x
x&Icirc;;;	x\u{CE};;
Title: &Icirc=	Title: \u{CE}=
&Icy;9;	\u{418}9;
&Icy;x	\u{418}x
Title: &Idot;;;	Title: \u{130};;
Title: &Idot=	Title: &Idot=
Title: &Ifr;;x	Title: \u{2111};x
&Ifrx	&Ifrx
x&Igrave1	x\u{CC}1
Title: &Igrave;;x	Title: \u{CC};x
Title: &Igrave	Title: \u{CC}
x&Im;;	x\u{2111};
x&Im<	x&Im<
&Imacr;9	\u{12A}9
\u{65E5}&Imacr#	\u{65E5}&Imacr#
Title: &ImaginaryI;1	Title: \u{2148}1
\u{65E5}&ImaginaryI;	\u{65E5}\u{2148}
\u{65E5}&Implies;	\u{65E5}\u{21D2}
&ImpliesX	&ImpliesX
\u{65E5}&Int;;;	\u{65E5}\u{222C};;
&Int\u{E9}	&Int\u{E9}
&Integral;;;	\u{222B};;
&Integralx	&Integralx
x&Intersection;;;	x\u{22C2};;
&Intersection<	&Intersection<
&InvisibleComma; 	\u{2063}\u{20}
&InvisibleComma1	&InvisibleComma1
x&InvisibleTimes;	x\u{2062}
&InvisibleTimes	&InvisibleTimes
&Iogon;X	\u{12E}X
&Iogon	&Iogon
&Iopf;&amp;	\u{1D540}&
&Iopf 	&Iopf\u{20}
\u{65E5}&Iota;&amp;	\u{65E5}\u{399}&
&Iota1	&Iota1
x&Iscr;X	x\u{2110}X
\u{65E5}&Iscr#	\u{65E5}&Iscr#
x&Itilde;&amp;	x\u{128}&
&Itilde&amp;	&Itilde&
&Iukcy;X	\u{406}X
&Iukcy;x	\u{406}x
&Iuml&	\u{CF}&
&Iuml;9;	\u{CF}9;
x&Iuml&	x\u{CF}&
&Jcirc;X	\u{134}X
&Jcirc\u{E9}	&Jcirc\u{E9}
&Jcy;1	\u{419}1
&Jcya;	&Jcya;
x&Jfr;;;	x\u{1D50D};;
x&Jfr\u{E9}	x&Jfr\u{E9}
\u{65E5}&Jopf;x	\u{65E5}\u{1D541}x
&Jopf1	&Jopf1
Title: &Jscr;a;	Title: \u{1D4A5}a;
&Jscra;	&Jscra;
&Jsercy;;;	\u{408};;
&Jsercy=	&Jsercy=
&Jukcy;	\u{404}
&Jukcy&	&Jukcy&
x&KHcy;\u{E9}	x\u{425}\u{E9}
Title: &KHcy&	Title: &KHcy&
\u{65E5}&KJcy;1	\u{65E5}\u{40C}1
&KJcyx	&KJcyx
x&Kappa;z	x\u{39A}z
&Kappa&	&Kappa&
x&Kcedil;	x\u{136}
&Kcedila;	&Kcedila;
&Kcy;&amp;	\u{41A}&
&Kcy 	&Kcy\u{20}
&Kfr;&	\u{1D50E}&
&KfrX	&KfrX
&Kopf;#	\u{1D542}#
&Kopf;x	\u{1D542}x
&Kscr;;	\u{1D4A6};
x&Kscrz	x&Kscrz
&LJcy;	\u{409}
\u{65E5}&LJcy=	\u{65E5}&LJcy=
&LTX	<X
&LT;z	<z
&LT&amp;	<&
Title: &Lacute;x	Title: \u{139}x
&Lacute9	&Lacute9
&Lambda;#	\u{39B}#
Title: &LambdaX	Title: &LambdaX
&Lang;x	\u{27EA}x
Title: &Lang&amp;	Title: &Lang&
x&Laplacetrf;1	x\u{2112}1
&Laplacetrf1	&Laplacetrf1
\u{65E5}&Larr;9;	\u{65E5}\u{219E}9;
&Larr#	&Larr#
&Lcaron;1	\u{13D}1
\u{65E5}&Lcaronz	\u{65E5}&Lcaronz
&Lcedil;a;	\u{13B}a;
&Lcedil;	\u{13B}
&Lcy;9;	\u{41B}9;
&Lcy;	\u{41B}
Title: &LeftAngleBracket;=	Title: \u{27E8}=
&LeftAngleBracket	&LeftAngleBracket
&LeftArrow;1	\u{2190}1
Title: &LeftArrow#	Title: &LeftArrow#
\u{65E5}&LeftArrowBar;#	\u{65E5}\u{21E4}#
&LeftArrowBar&	&LeftArrowBar&
&LeftArrowRightArrow;;	\u{21C6};
x&LeftArrowRightArrowX	x&LeftArrowRightArrowX
&LeftCeiling;9;	\u{2308}9;
\u{65E5}&LeftCeiling#	\u{65E5}&LeftCeiling#
Title: &LeftDoubleBracket; 	Title: \u{27E6}\u{20}
\u{65E5}&LeftDoubleBracket<	\u{65E5}&LeftDoubleBracket<
x&LeftDownTeeVector;9;	x\u{2961}9;
x&LeftDownTeeVector=	x&LeftDownTeeVector=
Title: &LeftDownVector;9;	Title: \u{21C3}9;
x&LeftDownVectorz	x&LeftDownVectorz
\u{65E5}&LeftDownVectorBar;9	\u{65E5}\u{2959}9
Title: &LeftDownVectorBar	Title: &LeftDownVectorBar
x&LeftFloor;&	x\u{230A}&
&LeftFloor=	&LeftFloor=
x&LeftRightArrow;;x	x\u{2194};x
Title: &LeftRightArrowx	Title: &LeftRightArrowx
&LeftRightVector;z	\u{294E}z
&LeftRightVector	&LeftRightVector
&LeftTee;9;	\u{22A3}9;
Title: &LeftTee#	Title: &LeftTee#
&LeftTeeArrow;#	\u{21A4}#
\u{65E5}&LeftTeeArrow#	\u{65E5}&LeftTeeArrow#
&LeftTeeVector;1	\u{295A}1
\u{65E5}&LeftTeeVector&amp;	\u{65E5}&LeftTeeVector&
Title: &LeftTriangle;9;	Title: \u{22B2}9;
&LeftTriangle1	&LeftTriangle1
x&LeftTriangleBar;1	x\u{29CF}1
&LeftTriangleBar;;	\u{29CF};
&LeftTriangleEqual;=	\u{22B4}=
Title: &LeftTriangleEqual;x	Title: \u{22B4}x
\u{65E5}&LeftUpDownVector;#	\u{65E5}\u{2951}#
Title: &LeftUpDownVector 	Title: &LeftUpDownVector\u{20}
x&LeftUpTeeVector;&	x\u{2960}&
\u{65E5}&LeftUpTeeVectora;	\u{65E5}&LeftUpTeeVectora;
x&LeftUpVector;x	x\u{21BF}x
\u{65E5}&LeftUpVector	\u{65E5}&LeftUpVector
&LeftUpVectorBar;<	\u{2958}<
&LeftUpVectorBar;;	\u{2958};
Title: &LeftVector;;;	Title: \u{21BC};;
&LeftVectorz	&LeftVectorz
&LeftVectorBar;;;	\u{2952};;
&LeftVectorBar	&LeftVectorBar
&Leftarrow;#	\u{21D0}#
x&Leftarrowa;	x&Leftarrowa;
Title: &Leftrightarrow;	Title: \u{21D4}
Title: &Leftrightarrowa;	Title: &Leftrightarrowa;
x&LessEqualGreater;;	x\u{22DA};
&LessEqualGreater&amp;	&LessEqualGreater&
&LessFullEqual;9	\u{2266}9
x&LessFullEqualX	x&LessFullEqualX
&LessGreater;;;	\u{2276};;
&LessGreater\u{E9}	&LessGreater\u{E9}
Title: &LessLess;9	Title: \u{2AA1}9
\u{65E5}&LessLess\u{E9}	\u{65E5}&LessLess\u{E9}
&LessSlantEqual;&	\u{2A7D}&
&LessSlantEqualX	&LessSlantEqualX
&LessTilde;9	\u{2272}9
\u{65E5}&LessTilde9;	\u{65E5}&LessTilde9;
Title: &Lfr;a;	Title: \u{1D50F}a;
&Lfr1	&Lfr1
\u{65E5}&Ll;X	\u{65E5}\u{22D8}X
Title: &Ll;	Title: \u{22D8}
&Lleftarrow;z	\u{21DA}z
x&Lleftarrow\u{E9}	x&Lleftarrow\u{E9}
&Lmidot;X	\u{13F}X
Title: &Lmidot\u{E9}	Title: &Lmidot\u{E9}
Title: &LongLeftArrow;;;	Title: \u{27F5};;
x&LongLeftArrow#	x&LongLeftArrow#
&LongLeftRightArrow;=	\u{27F7}=
&LongLeftRightArrow;x	\u{27F7}x
x&LongRightArrow;a;	x\u{27F6}a;
&LongRightArrow&	&LongRightArrow&
&Longleftarrow;	\u{27F8}
&Longleftarrow=	&Longleftarrow=
\u{65E5}&Longleftrightarrow;<	\u{65E5}\u{27FA}<
x&Longleftrightarrowz	x&Longleftrightarrowz
&Longrightarrow;;	\u{27F9};
x&Longrightarrow	x&Longrightarrow
Title: &Lopf;;x	Title: \u{1D543};x
&Lopf=	&Lopf=
&LowerLeftArrow;;	\u{2199};
&LowerLeftArrowa;	&LowerLeftArrowa;
Title: &LowerRightArrow;9;	Title: \u{2198}9;
&LowerRightArrow&amp;	&LowerRightArrow&
&Lscr;	\u{2112}
&Lscr;x	\u{2112}x
Title: &Lsh;9;	Title: \u{21B0}9;
&Lshz	&Lshz
x&Lstrok;&amp;	x\u{141}&
Title: &Lstrok;	Title: \u{141}
&Lt;a;	\u{226A}a;
&Lt&	&Lt&
x&Map;=	x\u{2905}=
Title: &Map#	Title: &Map#
\u{65E5}&Mcy;&	\u{65E5}\u{41C}&
&Mcy=	&Mcy=
&MediumSpace;9;	\u{205F}9;
&MediumSpace\u{E9}	&MediumSpace\u{E9}
&Mellintrf;z	\u{2133}z
&Mellintrf=	&Mellintrf=
&Mfr;9	\u{1D510}9
\u{65E5}&Mfrz	\u{65E5}&Mfrz
Title: &MinusPlus;#	Title: \u{2213}#
&MinusPlus 	&MinusPlus\u{20}
&Mopf;X	\u{1D544}X
&Mopf#	&Mopf#
x&Mscr;;;	x\u{2133};;
\u{65E5}&Mscrz	\u{65E5}&Mscrz
\u{65E5}&Mu;=	\u{65E5}\u{39C}=
&Mu#	&Mu#
&NJcy;#	\u{40A}#
&NJcy1	&NJcy1
Title: &Nacute;=	Title: \u{143}=
&Nacute 	&Nacute\u{20}
&Ncaron;a;	\u{147}a;
&Ncaron9;	&Ncaron9;
&Ncedil;;x	\u{145};x
&Ncedil<	&Ncedil<
&Ncy;<	\u{41D}<
\u{65E5}&Ncy=	\u{65E5}&Ncy=
&NegativeMediumSpace;&	\u{200B}&
&NegativeMediumSpace	&NegativeMediumSpace
Title: &NegativeThickSpace;<	Title: \u{200B}<
\u{65E5}&NegativeThickSpaceX	\u{65E5}&NegativeThickSpaceX
x&NegativeThinSpace;a;	x\u{200B}a;
&NegativeThinSpace&amp;	&NegativeThinSpace&
x&NegativeVeryThinSpace;X	x\u{200B}X
&NegativeVeryThinSpace;;	\u{200B};
&NestedGreaterGreater;<	\u{226B}<
x&NestedGreaterGreater\u{E9}	x&NestedGreaterGreater\u{E9}
x&NestedLessLess;9;	x\u{226A}9;
Title: &NestedLessLess&amp;	Title: &NestedLessLess&
&NewLine;&amp;	\u{A}&
x&NewLine 	x&NewLine\u{20}
\u{65E5}&Nfr;&amp;	\u{65E5}\u{1D511}&
Title: &Nfr<	Title: &Nfr<
&NoBreak;a;	\u{2060}a;
&NoBreak;x	\u{2060}x
x&NonBreakingSpace;	x\u{A0}
&NonBreakingSpace;;	\u{A0};
Title: &Nopf;z	Title: \u{2115}z
x&Nopf;;	x\u{2115};
&Not;1	\u{2AEC}1
&Not&	&Not&
&NotCongruent;<	\u{2262}<
Title: &NotCongruent#	Title: &NotCongruent#
&NotCupCap;z	\u{226D}z
&NotCupCap;x	\u{226D}x
Title: &NotDoubleVerticalBar;#	Title: \u{2226}#
&NotDoubleVerticalBarx	&NotDoubleVerticalBarx
&NotElement;;;	\u{2209};;
x&NotElement9;	x&NotElement9;
&NotEqual;X	\u{2260}X
&NotEqual\u{E9}	&NotEqual\u{E9}
x&NotEqualTilde;;x	x\u{2242}\u{338};x
x&NotEqualTilde&amp;	x&NotEqualTilde&
Title: &NotExists;=	Title: \u{2204}=
Title: &NotExistsX	Title: &NotExistsX
Title: &NotGreater;&	Title: \u{226F}&
Title: &NotGreaterx	Title: &NotGreaterx
&NotGreaterEqual;a;	\u{2271}a;
&NotGreaterEqual#	&NotGreaterEqual#
x&NotGreaterFullEqual;;;	x\u{2267}\u{338};;
&NotGreaterFullEqual<	&NotGreaterFullEqual<
&NotGreaterGreater;9;	\u{226B}\u{338}9;
x&NotGreaterGreater#	x&NotGreaterGreater#
Title: &NotGreaterLess;\u{E9}	Title: \u{2279}\u{E9}
&NotGreaterLess=	&NotGreaterLess=
&NotGreaterSlantEqual;;;	\u{2A7E}\u{338};;
x&NotGreaterSlantEqual 	x&NotGreaterSlantEqual\u{20}
\u{65E5}&NotGreaterTilde;#	\u{65E5}\u{2275}#
\u{65E5}&NotGreaterTilde;x	\u{65E5}\u{2275}x
Title: &NotHumpDownHump;<	Title: \u{224E}\u{338}<
&NotHumpDownHump\u{E9}	&NotHumpDownHump\u{E9}
x&NotHumpEqual;&	x\u{224F}\u{338}&
\u{65E5}&NotHumpEqual;	\u{65E5}\u{224F}\u{338}
\u{65E5}&NotLeftTriangle;9	\u{65E5}\u{22EA}9
&NotLeftTriangle	&NotLeftTriangle
&NotLeftTriangleBar;x	\u{29CF}\u{338}x
&NotLeftTriangleBar<	&NotLeftTriangleBar<
\u{65E5}&NotLeftTriangleEqual;=	\u{65E5}\u{22EC}=
Title: &NotLeftTriangleEqualX	Title: &NotLeftTriangleEqualX
&NotLess;9;	\u{226E}9;
Title: &NotLess=	Title: &NotLess=
Title: &NotLessEqual;;x	Title: \u{2270};x
\u{65E5}&NotLessEqual;;	\u{65E5}\u{2270};
&NotLessGreater;;x	\u{2278};x
&NotLessGreater#	&NotLessGreater#
&NotLessLess;9	\u{226A}\u{338}9
Title: &NotLessLess	Title: &NotLessLess
&NotLessSlantEqual;<	\u{2A7D}\u{338}<
&NotLessSlantEqual;	\u{2A7D}\u{338}
\u{65E5}&NotLessTilde;	\u{65E5}\u{2274}
&NotLessTilde#	&NotLessTilde#
x&NotNestedGreaterGreater;9;	x\u{2AA2}\u{338}9;
&NotNestedGreaterGreatera;	&NotNestedGreaterGreatera;
x&NotNestedLessLess;<	x\u{2AA1}\u{338}<
\u{65E5}&NotNestedLessLess;x	\u{65E5}\u{2AA1}\u{338}x
x&NotPrecedes;z	x\u{2280}z
&NotPrecedes<	&NotPrecedes<
x&NotPrecedesEqual;;;	x\u{2AAF}\u{338};;
\u{65E5}&NotPrecedesEqual&amp;	\u{65E5}&NotPrecedesEqual&
x&NotPrecedesSlantEqual;<	x\u{22E0}<
x&NotPrecedesSlantEqualz	x&NotPrecedesSlantEqualz
&NotReverseElement;;;	\u{220C};;
&NotReverseElement<	&NotReverseElement<
Title: &NotRightTriangle;z	Title: \u{22EB}z
Title: &NotRightTriangle	Title: &NotRightTriangle
&NotRightTriangleBar;;;	\u{29D0}\u{338};;
&NotRightTriangleBar;	\u{29D0}\u{338}
&NotRightTriangleEqual;<	\u{22ED}<
&NotRightTriangleEqual=	&NotRightTriangleEqual=
&NotSquareSubset;;x	\u{228F}\u{338};x
&NotSquareSubset	&NotSquareSubset
&NotSquareSubsetEqual;;	\u{22E2};
Title: &NotSquareSubsetEqualx	Title: &NotSquareSubsetEqualx
&NotSquareSuperset;;x	\u{2290}\u{338};x
x&NotSquareSuperset	x&NotSquareSuperset
&NotSquareSupersetEqual;#	\u{22E3}#
&NotSquareSupersetEqual;x	\u{22E3}x
&NotSubset;<	\u{2282}\u{20D2}<
&NotSubset;x	\u{2282}\u{20D2}x
\u{65E5}&NotSubsetEqual;<	\u{65E5}\u{2288}<
x&NotSubsetEqual<	x&NotSubsetEqual<
&NotSucceeds;<	\u{2281}<
Title: &NotSucceeds#	Title: &NotSucceeds#
&NotSucceedsEqual;;;	\u{2AB0}\u{338};;
Title: &NotSucceedsEqual1	Title: &NotSucceedsEqual1
&NotSucceedsSlantEqual;\u{E9}	\u{22E1}\u{E9}
&NotSucceedsSlantEqual9;	&NotSucceedsSlantEqual9;
\u{65E5}&NotSucceedsTilde;;	\u{65E5}\u{227F}\u{338};
Title: &NotSucceedsTilde#	Title: &NotSucceedsTilde#
Title: &NotSuperset; 	Title: \u{2283}\u{20D2}\u{20}
Title: &NotSupersetX	Title: &NotSupersetX
&NotSupersetEqual;&amp;	\u{2289}&
Title: &NotSupersetEqualX	Title: &NotSupersetEqualX
\u{65E5}&NotTilde;&amp;	\u{65E5}\u{2241}&
&NotTilde;x	\u{2241}x
\u{65E5}&NotTildeEqual;;	\u{65E5}\u{2244};
&NotTildeEqual=	&NotTildeEqual=
Title: &NotTildeFullEqual;&	Title: \u{2247}&
Title: &NotTildeFullEqual 	Title: &NotTildeFullEqual\u{20}
x&NotTildeTilde;x	x\u{2249}x
\u{65E5}&NotVerticalBar;&amp;	\u{65E5}\u{2224}&
&NotVerticalBar;x	\u{2224}x
&Nscr;;;	\u{1D4A9};;
Title: &Nscr9;	Title: &Nscr9;
&Ntildex	\u{D1}x
&Ntilde;&	\u{D1}&
x&Ntilde;	x\u{D1}
&Nu;<	\u{39D}<
x&Nu	x&Nu
Title: &OElig;&	Title: \u{152}&
\u{65E5}&OElig9	\u{65E5}&OElig9
&Oacutex	\u{D3}x
&Oacute;9;	\u{D3}9;
&Oacutea;	\u{D3}a;
&Ocirc9;	\u{D4}9;
x&Ocirc;&	x\u{D4}&
&Ocirc#	\u{D4}#
&Ocy;1	\u{41E}1
Title: &OcyX	Title: &OcyX
&Odblac;x	\u{150}x
&Odblac\u{E9}	&Odblac\u{E9}
\u{65E5}&Ofr;;	\u{65E5}\u{1D512};
&Ofr 	&Ofr\u{20}
x&Ogravea;	x\u{D2}a;
&Ograve;X	\u{D2}X
&Ogravea;	\u{D2}a;
&Omacr;;x	\u{14C};x
x&Omacr;	x\u{14C}
&Omega; 	\u{3A9}\u{20}
&Omega9	&Omega9
Title: &Omicron;;x	Title: \u{39F};x
Title: &Omicron 	Title: &Omicron\u{20}
\u{65E5}&Oopf;z	\u{65E5}\u{1D546}z
Title: &Oopf9	Title: &Oopf9
\u{65E5}&OpenCurlyDoubleQuote;&amp;	\u{65E5}\u{201C}&
&OpenCurlyDoubleQuote=	&OpenCurlyDoubleQuote=
&OpenCurlyQuote;;	\u{2018};
x&OpenCurlyQuote<	x&OpenCurlyQuote<
&Or;;	\u{2A54};
\u{65E5}&OrX	\u{65E5}&OrX
&Oscr;9;	\u{1D4AA}9;
Title: &Oscr9;	Title: &Oscr9;
&Oslash&	\u{D8}&
x&Oslash;<	x\u{D8}<
&Oslash=	\u{D8}=
Title: &Otilde;x	Title: \u{D5}x
&Otilde;X	\u{D5}X
&Otilde9	\u{D5}9
Title: &Otimes;1	Title: \u{2A37}1
Title: &Otimes&	Title: &Otimes&
&Ouml&	\u{D6}&
x&Ouml;	x\u{D6}
x&Oumlz	x\u{D6}z
Title: &OverBar;;	Title: \u{203E};
x&OverBar&amp;	x&OverBar&
&OverBrace;a;	\u{23DE}a;
&OverBrace\u{E9}	&OverBrace\u{E9}
&OverBracket;z	\u{23B4}z
Title: &OverBracket9;	Title: &OverBracket9;
\u{65E5}&OverParenthesis;a;	\u{65E5}\u{23DC}a;
&OverParenthesis1	&OverParenthesis1
\u{65E5}&PartialD;&	\u{65E5}\u{2202}&
&PartialDX	&PartialDX
&Pcy;X	\u{41F}X
Title: &Pcy 	Title: &Pcy\u{20}
Title: &Pfr;9;	Title: \u{1D513}9;
Title: &PfrX	Title: &PfrX
&Phi;X	\u{3A6}X
Title: &Phi	Title: &Phi
&Pi;&	\u{3A0}&
\u{65E5}&Pi&amp;	\u{65E5}&Pi&
&PlusMinus; 	\u{B1}\u{20}
Title: &PlusMinus9	Title: &PlusMinus9
&Poincareplane;1	\u{210C}1
x&Poincareplane 	x&Poincareplane\u{20}
&Popf;z	\u{2119}z
\u{65E5}&Popf#	\u{65E5}&Popf#
\u{65E5}&Pr;1	\u{65E5}\u{2ABB}1
Title: &Pr1	Title: &Pr1
Title: &Precedes;\u{E9}	Title: \u{227A}\u{E9}
x&Precedes\u{E9}	x&Precedes\u{E9}
&PrecedesEqual;9;	\u{2AAF}9;
&PrecedesEqual	&PrecedesEqual
&PrecedesSlantEqual;	\u{227C}
Title: &PrecedesSlantEqualz	Title: &PrecedesSlantEqualz
&PrecedesTilde;&amp;	\u{227E}&
&PrecedesTilde 	&PrecedesTilde\u{20}
x&Prime;a;	x\u{2033}a;
&Prime;x	\u{2033}x
&Product;<	\u{220F}<
&Product 	&Product\u{20}
\u{65E5}&Proportion;X	\u{65E5}\u{2237}X
&Proportion 	&Proportion\u{20}
&Proportional;X	\u{221D}X
&Proportional;;	\u{221D};
Title: &Pscr;<	Title: \u{1D4AB}<
&Pscr9;	&Pscr9;
x&Psi; 	x\u{3A8}\u{20}
&Psi;x	\u{3A8}x
&QUOT<	\u{22}<
&QUOT;;x	\u{22};x
Title: &QUOT1	Title: \u{22}1
x&Qfr;1	x\u{1D514}1
&Qfr&	&Qfr&
&Qopf;=	\u{211A}=
\u{65E5}&Qopf9	\u{65E5}&Qopf9
x&Qscr;z	x\u{1D4AC}z
&Qscrz	&Qscrz
\u{65E5}&RBarr;;	\u{65E5}\u{2910};
\u{65E5}&RBarr9;	\u{65E5}&RBarr9;
\u{65E5}&REG<	\u{65E5}\u{AE}<
Title: &REG;;x	Title: \u{AE};x
Title: &REGX	Title: \u{AE}X
&Racute;\u{E9}	\u{154}\u{E9}
&RacuteX	&RacuteX
&Rang;;;	\u{27EB};;
&Rang=	&Rang=
x&Rarr;z	x\u{21A0}z
\u{65E5}&Rarr;	\u{65E5}\u{21A0}
&Rarrtl;a;	\u{2916}a;
&Rarrtla;	&Rarrtla;
Title: &Rcaron;1	Title: \u{158}1
x&RcaronX	x&RcaronX
&Rcedil;z	\u{156}z
&Rcedil&	&Rcedil&
&Rcy;	\u{420}
\u{65E5}&Rcyx	\u{65E5}&Rcyx
Title: &Re;1	Title: \u{211C}1
&Re&amp;	&Re&
x&ReverseElement;;x	x\u{220B};x
&ReverseElementz	&ReverseElementz
\u{65E5}&ReverseEquilibrium;	\u{65E5}\u{21CB}
&ReverseEquilibrium=	&ReverseEquilibrium=
x&ReverseUpEquilibrium;z	x\u{296F}z
\u{65E5}&ReverseUpEquilibrium;x	\u{65E5}\u{296F}x
&Rfr;&amp;	\u{211C}&
Title: &Rfr;	Title: \u{211C}
Title: &Rho;<	Title: \u{3A1}<
\u{65E5}&Rho;;	\u{65E5}\u{3A1};
&RightAngleBracket;&	\u{27E9}&
\u{65E5}&RightAngleBracket<	\u{65E5}&RightAngleBracket<
\u{65E5}&RightArrow;9;	\u{65E5}\u{2192}9;
&RightArrow;;	\u{2192};
\u{65E5}&RightArrowBar;\u{E9}	\u{65E5}\u{21E5}\u{E9}
&RightArrowBarx	&RightArrowBarx
&RightArrowLeftArrow;;x	\u{21C4};x
&RightArrowLeftArrowa;	&RightArrowLeftArrowa;
&RightCeiling; 	\u{2309}\u{20}
&RightCeilingX	&RightCeilingX
\u{65E5}&RightDoubleBracket; 	\u{65E5}\u{27E7}\u{20}
Title: &RightDoubleBracket 	Title: &RightDoubleBracket\u{20}
\u{65E5}&RightDownTeeVector;a;	\u{65E5}\u{295D}a;
&RightDownTeeVector	&RightDownTeeVector
&RightDownVector;X	\u{21C2}X
&RightDownVector<	&RightDownVector<
&RightDownVectorBar;#	\u{2955}#
x&RightDownVectorBar#	x&RightDownVectorBar#
&RightFloor;;	\u{230B};
Title: &RightFloor	Title: &RightFloor
&RightTee;9	\u{22A2}9
&RightTee\u{E9}	&RightTee\u{E9}
\u{65E5}&RightTeeArrow; 	\u{65E5}\u{21A6}\u{20}
Title: &RightTeeArrow\u{E9}	Title: &RightTeeArrow\u{E9}
&RightTeeVector;;;	\u{295B};;
&RightTeeVector1	&RightTeeVector1
&RightTriangle;;	\u{22B3};
Title: &RightTriangle 	Title: &RightTriangle\u{20}
\u{65E5}&RightTriangleBar;9;	\u{65E5}\u{29D0}9;
&RightTriangleBarz	&RightTriangleBarz
Title: &RightTriangleEqual;z	Title: \u{22B5}z
&RightTriangleEqual<	&RightTriangleEqual<
&RightUpDownVector;&amp;	\u{294F}&
&RightUpDownVector&	&RightUpDownVector&
Title: &RightUpTeeVector;;x	Title: \u{295C};x
x&RightUpTeeVector\u{E9}	x&RightUpTeeVector\u{E9}
&RightUpVector; 	\u{21BE}\u{20}
&RightUpVector#	&RightUpVector#
\u{65E5}&RightUpVectorBar; 	\u{65E5}\u{2954}\u{20}
&RightUpVectorBar=	&RightUpVectorBar=
&RightVector;<	\u{21C0}<
x&RightVectorz	x&RightVectorz
x&RightVectorBar;;	x\u{2953};
&RightVectorBarx	&RightVectorBarx
\u{65E5}&Rightarrow;z	\u{65E5}\u{21D2}z
\u{65E5}&Rightarrowz	\u{65E5}&Rightarrowz
&Ropf;<	\u{211D}<
&Ropf;	\u{211D}
Title: &RoundImplies;	Title: \u{2970}
x&RoundImplies&amp;	x&RoundImplies&
&Rrightarrow;&amp;	\u{21DB}&
&Rrightarrow9	&Rrightarrow9
&Rscr; 	\u{211B}\u{20}
&Rscrx	&Rscrx
&Rsh;X	\u{21B1}X
Title: &Rsh 	Title: &Rsh\u{20}
&RuleDelayed;;x	\u{29F4};x
&RuleDelayed1	&RuleDelayed1
\u{65E5}&SHCHcy;;	\u{65E5}\u{429};
x&SHCHcy\u{E9}	x&SHCHcy\u{E9}
\u{65E5}&SHcy;9;	\u{65E5}\u{428}9;
&SHcy\u{E9}	&SHcy\u{E9}
Title: &SOFTcy;9;	Title: \u{42C}9;
Title: &SOFTcy 	Title: &SOFTcy\u{20}
&Sacute;&amp;	\u{15A}&
&Sacute 	&Sacute\u{20}
\u{65E5}&Sc;z	\u{65E5}\u{2ABC}z
&Sc=	&Sc=
&Scaron;x	\u{160}x
&Scaron9	&Scaron9
Title: &Scedil;&amp;	Title: \u{15E}&
&Scedil9;	&Scedil9;
&Scirc;=	\u{15C}=
&Scirc=	&Scirc=
x&Scy;;x	x\u{421};x
\u{65E5}&Scy 	\u{65E5}&Scy\u{20}
\u{65E5}&Sfr;9	\u{65E5}\u{1D516}9
&Sfr<	&Sfr<
&ShortDownArrow;#	\u{2193}#
&ShortDownArrow&	&ShortDownArrow&
&ShortLeftArrow;1	\u{2190}1
\u{65E5}&ShortLeftArrow<	\u{65E5}&ShortLeftArrow<
&ShortRightArrow;a;	\u{2192}a;
&ShortRightArrow9	&ShortRightArrow9
\u{65E5}&ShortUpArrow;;x	\u{65E5}\u{2191};x
x&ShortUpArrow;;	x\u{2191};
&Sigma;;x	\u{3A3};x
&Sigma#	&Sigma#
&SmallCircle;#	\u{2218}#
&SmallCircle<	&SmallCircle<
Title: &Sopf;9	Title: \u{1D54A}9
x&Sopf=	x&Sopf=
x&Sqrt;<	x\u{221A}<
&Sqrt9;	&Sqrt9;
&Square;;;	\u{25A1};;
&Square#	&Square#
&SquareIntersection;<	\u{2293}<
&SquareIntersection9;	&SquareIntersection9;
&SquareSubset;1	\u{228F}1
&SquareSubset	&SquareSubset
Title: &SquareSubsetEqual; 	Title: \u{2291}\u{20}
&SquareSubsetEqual&	&SquareSubsetEqual&
Title: &SquareSuperset;x	Title: \u{2290}x
&SquareSuperset9	&SquareSuperset9
Title: &SquareSupersetEqual;=	Title: \u{2292}=
&SquareSupersetEqual9;	&SquareSupersetEqual9;
&SquareUnion;&	\u{2294}&
&SquareUnion<	&SquareUnion<
&Sscr;;x	\u{1D4AE};x
\u{65E5}&Sscra;	\u{65E5}&Sscra;
\u{65E5}&Star;z	\u{65E5}\u{22C6}z
&Starz	&Starz
&Sub;\u{E9}	\u{22D0}\u{E9}
&Subx	&Subx
Title: &Subset;a;	Title: \u{22D0}a;
&Subset&amp;	&Subset&
&SubsetEqual;1	\u{2286}1
&SubsetEqual\u{E9}	&SubsetEqual\u{E9}
Title: &Succeeds;	Title: \u{227B}
&Succeeds&amp;	&Succeeds&
&SucceedsEqual;#	\u{2AB0}#
x&SucceedsEqual;;	x\u{2AB0};
x&SucceedsSlantEqual;X	x\u{227D}X
&SucceedsSlantEqual&amp;	&SucceedsSlantEqual&
&SucceedsTilde;z	\u{227F}z
&SucceedsTilde\u{E9}	&SucceedsTilde\u{E9}
Title: &SuchThat;1	Title: \u{220B}1
&SuchThat&amp;	&SuchThat&
\u{65E5}&Sum;;;	\u{65E5}\u{2211};;
\u{65E5}&Sum=	\u{65E5}&Sum=
\u{65E5}&Sup;;;	\u{65E5}\u{22D1};;
&Supz	&Supz
\u{65E5}&Superset;9;	\u{65E5}\u{2283}9;
&Superset9;	&Superset9;
&SupersetEqual;;	\u{2287};
&SupersetEqualX	&SupersetEqualX
&Supset;;;	\u{22D1};;
Title: &Supset 	Title: &Supset\u{20}
&THORN9	\u{DE}9
&THORN;9	\u{DE}9
&THORN;	\u{DE}
&TRADE;1	\u{2122}1
&TRADE&amp;	&TRADE&
\u{65E5}&TSHcy;;	\u{65E5}\u{40B};
\u{65E5}&TSHcy<	\u{65E5}&TSHcy<
&TScy;9;	\u{426}9;
x&TScy;;	x\u{426};
\u{65E5}&Tab;;x	\u{65E5}\u{9};x
x&Tab;x	x\u{9}x
Title: &Tau;X	Title: \u{3A4}X
&Tau#	&Tau#
\u{65E5}&Tcaron;1	\u{65E5}\u{164}1
x&Tcaron&	x&Tcaron&
x&Tcedil;x	x\u{162}x
x&Tcedil;;	x\u{162};
Title: &Tcy;#	Title: \u{422}#
Title: &Tcya;	Title: &Tcya;
x&Tfr;;	x\u{1D517};
&Tfr;;	\u{1D517};
&Therefore;;;	\u{2234};;
Title: &Therefore;x	Title: \u{2234}x
&Theta;X	\u{398}X
Title: &Theta;;	Title: \u{398};
&ThickSpace;	\u{205F}\u{200A}
&ThickSpaceX	&ThickSpaceX
\u{65E5}&ThinSpace;z	\u{65E5}\u{2009}z
Title: &ThinSpace=	Title: &ThinSpace=
\u{65E5}&Tilde;\u{E9}	\u{65E5}\u{223C}\u{E9}
&TildeX	&TildeX
&TildeEqual;;x	\u{2243};x
x&TildeEqualx	x&TildeEqualx
&TildeFullEqual;;	\u{2245};
Title: &TildeFullEqual&amp;	Title: &TildeFullEqual&
&TildeTilde;9;	\u{2248}9;
\u{65E5}&TildeTilde\u{E9}	\u{65E5}&TildeTilde\u{E9}
&Topf;1	\u{1D54B}1
\u{65E5}&Topfx	\u{65E5}&Topfx
&TripleDot;#	\u{20DB}#
&TripleDotz	&TripleDotz
x&Tscr;#	x\u{1D4AF}#
&Tscrz	&Tscrz
x&Tstrok;x	x\u{166}x
&Tstrok	&Tstrok
&Uacute	\u{DA}
&Uacute;z	\u{DA}z
Title: &Uacutex	Title: \u{DA}x
&Uarr;\u{E9}	\u{219F}\u{E9}
&Uarr;;	\u{219F};
&Uarrocir;9;	\u{2949}9;
x&Uarrocir\u{E9}	x&Uarrocir\u{E9}
x&Ubrcy;1	x\u{40E}1
\u{65E5}&Ubrcy;;	\u{65E5}\u{40E};
x&Ubreve;1	x\u{16C}1
&UbreveX	&UbreveX
&Ucirc=	\u{DB}=
&Ucirc;x	\u{DB}x
x&Ucy;x	x\u{423}x
Title: &UcyX	Title: &UcyX
x&Udblac;;x	x\u{170};x
Title: &Udblac;	Title: \u{170}
&Ufr;&	\u{1D518}&
\u{65E5}&Ufrz	\u{65E5}&Ufrz
Title: &Ugrave1	Title: \u{D9}1
x&Ugrave;&	x\u{D9}&
Title: &Ugrave 	Title: \u{D9}\u{20}
Title: &Umacr;9;	Title: \u{16A}9;
&Umacrx	&Umacrx
\u{65E5}&UnderBar;X	\u{65E5}_X
Title: &UnderBar;;	Title: _;
\u{65E5}&UnderBrace; 	\u{65E5}\u{23DF}\u{20}
&UnderBrace	&UnderBrace
&UnderBracket;a;	\u{23B5}a;
&UnderBracket&	&UnderBracket&
&UnderParenthesis;a;	\u{23DD}a;
\u{65E5}&UnderParenthesis=	\u{65E5}&UnderParenthesis=
Title: &Union;<	Title: \u{22C3}<
&Unionz	&Unionz
&UnionPlus;9	\u{228E}9
&UnionPlus;;	\u{228E};
x&Uogon;x	x\u{172}x
&Uogon\u{E9}	&Uogon\u{E9}
&Uopf;1	\u{1D54C}1
x&Uopf#	x&Uopf#
&UpArrow;x	\u{2191}x
&UpArrowBar; 	\u{2912}\u{20}
x&UpArrowBar9;	x&UpArrowBar9;
&UpArrowDownArrow;#	\u{21C5}#
&UpArrowDownArrow=	&UpArrowDownArrow=
\u{65E5}&UpDownArrow;=	\u{65E5}\u{2195}=
&UpDownArrow;x	\u{2195}x
\u{65E5}&UpEquilibrium;	\u{65E5}\u{296E}
Title: &UpEquilibrium&amp;	Title: &UpEquilibrium&
\u{65E5}&UpTee;#	\u{65E5}\u{22A5}#
&UpTee9	&UpTee9
&UpTeeArrow;1	\u{21A5}1
&UpTeeArrow9	&UpTeeArrow9
&Uparrow;<	\u{21D1}<
&Uparrow=	&Uparrow=
&Updownarrow;z	\u{21D5}z
&Updownarrowa;	&Updownarrowa;
Title: &UpperLeftArrow;;;	Title: \u{2196};;
&UpperLeftArrowa;	&UpperLeftArrowa;
x&UpperRightArrow;9	x\u{2197}9
Title: &UpperRightArrow;	Title: \u{2197}
&Upsi;;	\u{3D2};
&UpsiX	&UpsiX
x&Upsilon;1	x\u{3A5}1
x&Upsilon	x&Upsilon
x&Uring; 	x\u{16E}\u{20}
Title: &Uring<	Title: &Uring<
&Uscr;#	\u{1D4B0}#
Title: &Uscr#	Title: &Uscr#
&Utilde;	\u{168}
Title: &Utilde	Title: &Utilde
Title: &Uuml;;	Title: \u{DC};
&Uuml;z	\u{DC}z
\u{65E5}&Uuml;	\u{65E5}\u{DC}
&VDash;1	\u{22AB}1
x&VDash=	x&VDash=
&Vbar;;	\u{2AEB};
\u{65E5}&Vbar;	\u{65E5}\u{2AEB}
\u{65E5}&Vcy;9;	\u{65E5}\u{412}9;
x&Vcy;x	x\u{412}x
\u{65E5}&Vdash;X	\u{65E5}\u{22A9}X
\u{65E5}&Vdash9;	\u{65E5}&Vdash9;
&Vdashl;X	\u{2AE6}X
\u{65E5}&Vdashlz	\u{65E5}&Vdashlz
&Vee;9;	\u{22C1}9;
&Vee;;	\u{22C1};
Title: &Verbar;&amp;	Title: \u{2016}&
&Verbar\u{E9}	&Verbar\u{E9}
&Vert;=	\u{2016}=
\u{65E5}&Vert9;	\u{65E5}&Vert9;
x&VerticalBar;z	x\u{2223}z
x&VerticalBar;x	x\u{2223}x
&VerticalLine;\u{E9}	|\u{E9}
&VerticalLinex	&VerticalLinex
&VerticalSeparator;;	\u{2758};
Title: &VerticalSeparatorx	Title: &VerticalSeparatorx
\u{65E5}&VerticalTilde;	\u{65E5}\u{2240}
x&VerticalTildex	x&VerticalTildex
&VeryThinSpace;1	\u{200A}1
x&VeryThinSpace9;	x&VeryThinSpace9;
&Vfr; 	\u{1D519}\u{20}
&Vfr&	&Vfr&
&Vopf;	\u{1D54D}
&Vopf	&Vopf
&Vscr;;x	\u{1D4B1};x
\u{65E5}&Vscrx	\u{65E5}&Vscrx
Title: &Vvdash;9	Title: \u{22AA}9
&VvdashX	&VvdashX
\u{65E5}&Wcirc;;x	\u{65E5}\u{174};x
&Wcircx	&Wcircx
&Wedge;&	\u{22C0}&
&Wedge	&Wedge
&Wfr;9	\u{1D51A}9
&Wfr;	\u{1D51A}
&Wopf;x	\u{1D54E}x
&Wopf=	&Wopf=
\u{65E5}&Wscr;	\u{65E5}\u{1D4B2}
\u{65E5}&Wscr1	\u{65E5}&Wscr1
&Xfr;&amp;	\u{1D51B}&
&Xfr9	&Xfr9
&Xi; 	\u{39E}\u{20}
&Xi9	&Xi9
x&Xopf;;	x\u{1D54F};
&Xopf9;	&Xopf9;
Title: &Xscr;\u{E9}	Title: \u{1D4B3}\u{E9}
&Xscr9	&Xscr9
Title: &YAcy;<	Title: \u{42F}<
x&YAcy&amp;	x&YAcy&
Title: &YIcy;9;	Title: \u{407}9;
&YIcyx	&YIcyx
&YUcy;X	\u{42E}X
&YUcyx	&YUcyx
&Yacute;x	\u{DD}x
Title: &Yacute;1	Title: \u{DD}1
\u{65E5}&Yacute;	\u{65E5}\u{DD}
&Ycirc;;x	\u{176};x
Title: &Ycircx	Title: &Ycircx
x&Ycy;;x	x\u{42B};x
&Ycy;;	\u{42B};
Title: &Yfr;\u{E9}	Title: \u{1D51C}\u{E9}
Title: &Yfr9	Title: &Yfr9
Title: &Yopf;z	Title: \u{1D550}z
\u{65E5}&Yopf;x	\u{65E5}\u{1D550}x
&Yscr; 	\u{1D4B4}\u{20}
&Yscr9	&Yscr9
\u{65E5}&Yuml;1	\u{65E5}\u{178}1
&Yuml;;	\u{178};
&ZHcy;a;	\u{416}a;
&ZHcy;	\u{416}
&Zacute;#	\u{179}#
x&Zacutez	x&Zacutez
x&Zcaron;\u{E9}	x\u{17D}\u{E9}
\u{65E5}&Zcaronx	\u{65E5}&Zcaronx
&Zcy;<	\u{417}<
&Zcy&	&Zcy&
\u{65E5}&Zdot;#	\u{65E5}\u{17B}#
&Zdot&	&Zdot&
\u{65E5}&ZeroWidthSpace;;x	\u{65E5}\u{200B};x
x&ZeroWidthSpaceX	x&ZeroWidthSpaceX
x&Zeta;<	x\u{396}<
&Zeta=	&Zeta=
\u{65E5}&Zfr;X	\u{65E5}\u{2128}X
&Zfr	&Zfr
&Zopf; 	\u{2124}\u{20}
x&Zopfz	x&Zopfz
&Zscr;\u{E9}	\u{1D4B5}\u{E9}
x&Zscr1	x&Zscr1
&aacute=	\u{E1}=
\u{65E5}&aacute;<	\u{65E5}\u{E1}<
&aacute<	\u{E1}<
Title: &abreve;#	Title: \u{103}#
&abrevex	&abrevex
&ac;\u{E9}	\u{223E}\u{E9}
&ac 	&ac\u{20}
&acE;X	\u{223E}\u{333}X
Title: &acE<	Title: &acE<
Title: &acd;=	Title: \u{223F}=
&acdx	&acdx
\u{65E5}&acirc&amp;	\u{65E5}\u{E2}&
&acirc;;;	\u{E2};;
&acircz	\u{E2}z
\u{65E5}&acute;x	\u{65E5}\u{B4}x
&acute;a;	\u{B4}a;
&acutea;	\u{B4}a;
&acy;z	\u{430}z
\u{65E5}&acy<	\u{65E5}&acy<
&aelig9	\u{E6}9
\u{65E5}&aelig; 	\u{65E5}\u{E6}\u{20}
&aelig<	\u{E6}<
&af;9	\u{2061}9
x&af&amp;	x&af&
Title: &afr;<	Title: \u{1D51E}<
\u{65E5}&afr9	\u{65E5}&afr9
\u{65E5}&agrave1	\u{65E5}\u{E0}1
&agrave;x	\u{E0}x
x&agrave\u{E9}	x\u{E0}\u{E9}
&alefsym; 	\u{2135}\u{20}
\u{65E5}&alefsyma;	\u{65E5}&alefsyma;
&aleph;;	\u{2135};
\u{65E5}&aleph9;	\u{65E5}&aleph9;
\u{65E5}&alpha;&	\u{65E5}\u{3B1}&
Title: &alpha#	Title: &alpha#
&amacr;1	\u{101}1
&amacrx	&amacrx
&amalg;&amp;	\u{2A3F}&
&amalg<	&amalg<
&ampz	&z
\u{65E5}&amp;;	\u{65E5}&;
&amp&amp;	&&
&and;	\u{2227}
&and\u{E9}	&and\u{E9}
Title: &andand; 	Title: \u{2A55}\u{20}
&andand 	&andand\u{20}
&andd;X	\u{2A5C}X
\u{65E5}&andd 	\u{65E5}&andd\u{20}
\u{65E5}&andslope;a;	\u{65E5}\u{2A58}a;
&andslope 	&andslope\u{20}
Title: &andv;1	Title: \u{2A5A}1
Title: &andv<	Title: &andv<
&ang;;	\u{2220};
&ang&	&ang&
x&ange;#	x\u{29A4}#
&angez	&angez
&angle;&	\u{2220}&
\u{65E5}&angle1	\u{65E5}&angle1
\u{65E5}&angmsd;=	\u{65E5}\u{2221}=
Title: &angmsd&	Title: &angmsd&
\u{65E5}&angmsdaa;1	\u{65E5}\u{29A8}1
&angmsdaa;x	\u{29A8}x
Title: &angmsdab;=	Title: \u{29A9}=
&angmsdab 	&angmsdab\u{20}
\u{65E5}&angmsdac;9;	\u{65E5}\u{29AA}9;
x&angmsdac=	x&angmsdac=
&angmsdad;=	\u{29AB}=
&angmsdad;x	\u{29AB}x
&angmsdae;;x	\u{29AC};x
\u{65E5}&angmsdae&	\u{65E5}&angmsdae&
x&angmsdaf; 	x\u{29AD}\u{20}
&angmsdafz	&angmsdafz
&angmsdag;&amp;	\u{29AE}&
&angmsdag;x	\u{29AE}x
&angmsdah;9	\u{29AF}9
&angmsdah&amp;	&angmsdah&
&angrt;\u{E9}	\u{221F}\u{E9}
x&angrt	x&angrt
&angrtvb;#	\u{22BE}#
Title: &angrtvbx	Title: &angrtvbx
&angrtvbd;&amp;	\u{299D}&
&angrtvbd&amp;	&angrtvbd&
Title: &angsph;&	Title: \u{2222}&
Title: &angsph 	Title: &angsph\u{20}
&angst;<	\u{C5}<
&angst 	&angst\u{20}
Title: &angzarr;;x	Title: \u{237C};x
&angzarra;	&angzarra;
&aogon;	\u{105}
x&aogon 	x&aogon\u{20}
Title: &aopf;9	Title: \u{1D552}9
&aopf&amp;	&aopf&
&ap;X	\u{2248}X
Title: &apX	Title: &apX
&apE;;x	\u{2A70};x
\u{65E5}&apE#	\u{65E5}&apE#
&apacir;X	\u{2A6F}X
Title: &apacir<	Title: &apacir<
x&ape;;	x\u{224A};
x&apeX	x&apeX
x&apid;X	x\u{224B}X
&apid;x	\u{224B}x
&apos;=	'=
&apos<	&apos<
&approx;9	\u{2248}9
&approxx	&approxx
&approxeq;a;	\u{224A}a;
&approxeqz	&approxeqz
x&aring\u{E9}	x\u{E5}\u{E9}
&aring;&amp;	\u{E5}&
\u{65E5}&aring9;	\u{65E5}\u{E5}9;
&ascr;;;	\u{1D4B6};;
\u{65E5}&ascr;x	\u{65E5}\u{1D4B6}x
&ast;;;	*;;
Title: &ast 	Title: &ast\u{20}
&asymp;a;	\u{2248}a;
&asympx	&asympx
x&asympeq;;x	x\u{224D};x
Title: &asympeqz	Title: &asympeqz
&atilde;x	\u{E3}x
Title: &atilde;1	Title: \u{E3}1
&atilde=	\u{E3}=
&auml9	\u{E4}9
&auml;a;	\u{E4}a;
x&auml 	x\u{E4}\u{20}
Title: &awconint;a;	Title: \u{2233}a;
\u{65E5}&awconint9	\u{65E5}&awconint9
&awint;9;	\u{2A11}9;
\u{65E5}&awint9	\u{65E5}&awint9
&bNot;z	\u{2AED}z
\u{65E5}&bNot;	\u{65E5}\u{2AED}
&backcong;\u{E9}	\u{224C}\u{E9}
&backcongz	&backcongz
\u{65E5}&backepsilon;	\u{65E5}\u{3F6}
&backepsilon	&backepsilon
&backprime;X	\u{2035}X
x&backprime&	x&backprime&
Title: &backsim;X	Title: \u{223D}X
&backsimz	&backsimz
&backsimeq;9	\u{22CD}9
&backsimeq#	&backsimeq#
Title: &barvee; 	Title: \u{22BD}\u{20}
\u{65E5}&barveea;	\u{65E5}&barveea;
x&barwed;&	x\u{2305}&
x&barwed=	x&barwed=
Title: &barwedge;1	Title: \u{2305}1
&barwedge#	&barwedge#
&bbrk;=	\u{23B5}=
\u{65E5}&bbrka;	\u{65E5}&bbrka;
&bbrktbrk;<	\u{23B6}<
\u{65E5}&bbrktbrkx	\u{65E5}&bbrktbrkx
&bcong;x	\u{224C}x
&bcong 	&bcong\u{20}
&bcy;9	\u{431}9
&bcyx	&bcyx
&bdquo;;x	\u{201E};x
&bdquo9;	&bdquo9;
\u{65E5}&becaus;;;	\u{65E5}\u{2235};;
&becaus	&becaus
\u{65E5}&because;&amp;	\u{65E5}\u{2235}&
\u{65E5}&because9;	\u{65E5}&because9;
\u{65E5}&bemptyv;;;	\u{65E5}\u{29B0};;
&bemptyv=	&bemptyv=
&bepsi;&amp;	\u{3F6}&
\u{65E5}&bepsia;	\u{65E5}&bepsia;
Title: &bernou;#	Title: \u{212C}#
x&bernou&	x&bernou&
x&beta;1	x\u{3B2}1
x&beta=	x&beta=
&beth;&amp;	\u{2136}&
&beth1	&beth1
&between;&	\u{226C}&
\u{65E5}&between&	\u{65E5}&between&
Title: &bfr;=	Title: \u{1D51F}=
&bfr 	&bfr\u{20}
x&bigcap;<	x\u{22C2}<
&bigcap=	&bigcap=
&bigcirc;1	\u{25EF}1
&bigcirca;	&bigcirca;
\u{65E5}&bigcup;;	\u{65E5}\u{22C3};
&bigcup9	&bigcup9
&bigodot;#	\u{2A00}#
&bigodot&	&bigodot&
&bigoplus;&	\u{2A01}&
&bigoplus&	&bigoplus&
&bigotimes;=	\u{2A02}=
x&bigotimes9;	x&bigotimes9;
&bigsqcup;	\u{2A06}
&bigsqcup=	&bigsqcup=
&bigstar; 	\u{2605}\u{20}
&bigstarx	&bigstarx
x&bigtriangledown;x	x\u{25BD}x
&bigtriangledown;;	\u{25BD};
&bigtriangleup;X	\u{25B3}X
&bigtriangleup#	&bigtriangleup#
&biguplus;\u{E9}	\u{2A04}\u{E9}
&biguplus 	&biguplus\u{20}
\u{65E5}&bigvee;9	\u{65E5}\u{22C1}9
&bigveea;	&bigveea;
Title: &bigwedge;	Title: \u{22C0}
&bigwedgea;	&bigwedgea;
&bkarow;;	\u{290D};
x&bkarow;	x\u{290D}
&blacklozenge;z	\u{29EB}z
x&blacklozenge#	x&blacklozenge#
\u{65E5}&blacksquare;;	\u{65E5}\u{25AA};
x&blacksquare#	x&blacksquare#
&blacktriangle;a;	\u{25B4}a;
Title: &blacktrianglea;	Title: &blacktrianglea;
&blacktriangledown;z	\u{25BE}z
&blacktriangledownX	&blacktriangledownX
&blacktriangleleft;9	\u{25C2}9
\u{65E5}&blacktriangleleft&amp;	\u{65E5}&blacktriangleleft&
Title: &blacktriangleright;z	Title: \u{25B8}z
x&blacktrianglerightx	x&blacktrianglerightx
&blank;\u{E9}	\u{2423}\u{E9}
x&blank;x	x\u{2423}x
&blk12;\u{E9}	\u{2592}\u{E9}
x&blk129	x&blk129
&blk14;#	\u{2591}#
Title: &blk14\u{E9}	Title: &blk14\u{E9}
\u{65E5}&blk34;9	\u{65E5}\u{2593}9
\u{65E5}&blk34;x	\u{65E5}\u{2593}x
x&block;&	x\u{2588}&
&block;x	\u{2588}x
\u{65E5}&bne;#	\u{65E5}=\u{20E5}#
\u{65E5}&bne;x	\u{65E5}=\u{20E5}x
Title: &bnequiv;a;	Title: \u{2261}\u{20E5}a;
Title: &bnequiv9;	Title: &bnequiv9;
&bnot;<	\u{2310}<
&bnota;	&bnota;
&bopf;;	\u{1D553};
&bopf<	&bopf<
x&bot;x	x\u{22A5}x
x&bot 	x&bot\u{20}
&bottom;9	\u{22A5}9
x&bottom\u{E9}	x&bottom\u{E9}
Title: &bowtie;\u{E9}	Title: \u{22C8}\u{E9}
x&bowtie1	x&bowtie1
\u{65E5}&boxDL; 	\u{65E5}\u{2557}\u{20}
&boxDL<	&boxDL<
x&boxDR;=	x\u{2554}=
&boxDR;;	\u{2554};
&boxDl;9	\u{2556}9
&boxDl1	&boxDl1
Title: &boxDr;a;	Title: \u{2553}a;
x&boxDrX	x&boxDrX
&boxH;\u{E9}	\u{2550}\u{E9}
&boxHX	&boxHX
&boxHD;X	\u{2566}X
\u{65E5}&boxHDx	\u{65E5}&boxHDx
\u{65E5}&boxHU;9;	\u{65E5}\u{2569}9;
&boxHUa;	&boxHUa;
&boxHd;;	\u{2564};
x&boxHdz	x&boxHdz
&boxHu;a;	\u{2567}a;
&boxHu;	\u{2567}
x&boxUL; 	x\u{255D}\u{20}
x&boxULx	x&boxULx
&boxUR;&amp;	\u{255A}&
&boxUR<	&boxUR<
\u{65E5}&boxUl;&amp;	\u{65E5}\u{255C}&
&boxUl9;	&boxUl9;
&boxUr;;;	\u{2559};;
\u{65E5}&boxUr\u{E9}	\u{65E5}&boxUr\u{E9}
\u{65E5}&boxV;#	\u{65E5}\u{2551}#
&boxVx	&boxVx
&boxVH;z	\u{256C}z
\u{65E5}&boxVH	\u{65E5}&boxVH
\u{65E5}&boxVL;1	\u{65E5}\u{2563}1
&boxVL 	&boxVL\u{20}
&boxVR;#	\u{2560}#
&boxVRa;	&boxVRa;
Title: &boxVh;=	Title: \u{256B}=
\u{65E5}&boxVh=	\u{65E5}&boxVh=
&boxVl;=	\u{2562}=
x&boxVl\u{E9}	x&boxVl\u{E9}
&boxVr;x	\u{255F}x
\u{65E5}&boxVr&amp;	\u{65E5}&boxVr&
\u{65E5}&boxbox;1	\u{65E5}\u{29C9}1
&boxbox<	&boxbox<
x&boxdL;<	x\u{2555}<
\u{65E5}&boxdL 	\u{65E5}&boxdL\u{20}
&boxdR;a;	\u{2552}a;
\u{65E5}&boxdR#	\u{65E5}&boxdR#
&boxdl;x	\u{2510}x
&boxdlx	&boxdlx
Title: &boxdr;#	Title: \u{250C}#
Title: &boxdr;	Title: \u{250C}
&boxh;&	\u{2500}&
&boxh9;	&boxh9;
&boxhD;\u{E9}	\u{2565}\u{E9}
&boxhD&	&boxhD&
x&boxhU;;x	x\u{2568};x
Title: &boxhU1	Title: &boxhU1
\u{65E5}&boxhd;X	\u{65E5}\u{252C}X
&boxhdX	&boxhdX
\u{65E5}&boxhu;&	\u{65E5}\u{2534}&
x&boxhu=	x&boxhu=
&boxminus;9;	\u{229F}9;
Title: &boxminus<	Title: &boxminus<
&boxplus;x	\u{229E}x
Title: &boxplusz	Title: &boxplusz
&boxtimes;;x	\u{22A0};x
\u{65E5}&boxtimes\u{E9}	\u{65E5}&boxtimes\u{E9}
&boxuL;	\u{255B}
&boxuL 	&boxuL\u{20}
\u{65E5}&boxuR;	\u{65E5}\u{2558}
\u{65E5}&boxuR;;	\u{65E5}\u{2558};
Title: &boxul;;	Title: \u{2518};
x&boxul#	x&boxul#
Title: &boxur;X	Title: \u{2514}X
x&boxur#	x&boxur#
&boxv;9;	\u{2502}9;
&boxv;x	\u{2502}x
&boxvH;9;	\u{256A}9;
&boxvH&	&boxvH&
\u{65E5}&boxvL;#	\u{65E5}\u{2561}#
&boxvL\u{E9}	&boxvL\u{E9}
\u{65E5}&boxvR;1	\u{65E5}\u{255E}1
\u{65E5}&boxvR 	\u{65E5}&boxvR\u{20}
x&boxvh;\u{E9}	x\u{253C}\u{E9}
&boxvh&	&boxvh&
&boxvl;<	\u{2524}<
&boxvl9	&boxvl9
Title: &boxvr;1	Title: \u{251C}1
\u{65E5}&boxvr&	\u{65E5}&boxvr&
\u{65E5}&bprime; 	\u{65E5}\u{2035}\u{20}
Title: &bprime9;	Title: &bprime9;
&breve;9	\u{2D8}9
&breve;	\u{2D8}
\u{65E5}&brvbarx	\u{65E5}\u{A6}x
x&brvbar;1	x\u{A6}1
x&brvbar9;	x\u{A6}9;
\u{65E5}&bscr;&amp;	\u{65E5}\u{1D4B7}&
Title: &bscra;	Title: &bscra;
x&bsemi;X	x\u{204F}X
&bsemi\u{E9}	&bsemi\u{E9}
&bsim;;x	\u{223D};x
Title: &bsim&	Title: &bsim&
x&bsime;<	x\u{22CD}<
\u{65E5}&bsimeX	\u{65E5}&bsimeX
Title: &bsol;\u{E9}	Title: \u{5C}\u{E9}
Title: &bsol&amp;	Title: &bsol&
&bsolb;	\u{29C5}
&bsolbx	&bsolbx
&bsolhsub;a;	\u{27C8}a;
&bsolhsub;x	\u{27C8}x
x&bull;9;	x\u{2022}9;
\u{65E5}&bull9;	\u{65E5}&bull9;
Title: &bullet;;;	Title: \u{2022};;
&bullet 	&bullet\u{20}
&bump;9;	\u{224E}9;
&bump=	&bump=
&bumpE;a;	\u{2AAE}a;
&bumpE\u{E9}	&bumpE\u{E9}
\u{65E5}&bumpe;#	\u{65E5}\u{224F}#
\u{65E5}&bumpe;;	\u{65E5}\u{224F};
Title: &bumpeq;;x	Title: \u{224F};x
x&bumpeq;x	x\u{224F}x
&cacute;&amp;	\u{107}&
Title: &cacute=	Title: &cacute=
&cap;&amp;	\u{2229}&
&capX	&capX
x&capand;a;	x\u{2A44}a;
Title: &capand;	Title: \u{2A44}
\u{65E5}&capbrcup;;x	\u{65E5}\u{2A49};x
&capbrcup&amp;	&capbrcup&
&capcap;a;	\u{2A4B}a;
&capcapX	&capcapX
\u{65E5}&capcup;&amp;	\u{65E5}\u{2A47}&
Title: &capcup;	Title: \u{2A47}
Title: &capdot;a;	Title: \u{2A40}a;
&capdotX	&capdotX
x&caps;z	x\u{2229}\u{FE00}z
&caps=	&caps=
Title: &caret;\u{E9}	Title: \u{2041}\u{E9}
&caretX	&caretX
&caron;a;	\u{2C7}a;
&caron1	&caron1
\u{65E5}&ccaps;1	\u{65E5}\u{2A4D}1
&ccaps 	&ccaps\u{20}
&ccaron;1	\u{10D}1
&ccarona;	&ccarona;
\u{65E5}&ccedila;	\u{65E5}\u{E7}a;
x&ccedil;	x\u{E7}
&ccedil 	\u{E7}\u{20}
\u{65E5}&ccirc;#	\u{65E5}\u{109}#
&ccirc9	&ccirc9
&ccups;a;	\u{2A4C}a;
&ccupsx	&ccupsx
x&ccupssm;&amp;	x\u{2A50}&
&ccupssm 	&ccupssm\u{20}
&cdot;9;	\u{10B}9;
\u{65E5}&cdot	\u{65E5}&cdot
\u{65E5}&cedilx	\u{65E5}\u{B8}x
\u{65E5}&cedil;9	\u{65E5}\u{B8}9
x&cedil&	x\u{B8}&
&cemptyv;a;	\u{29B2}a;
&cemptyv 	&cemptyv\u{20}
x&cent 	x\u{A2}\u{20}
\u{65E5}&cent;X	\u{65E5}\u{A2}X
Title: &centX	Title: \u{A2}X
&centerdot;<	\u{B7}<
Title: &centerdotz	Title: \u{A2}erdotz
&cfr;1	\u{1D520}1
&cfr;x	\u{1D520}x
\u{65E5}&chcy;9;	\u{65E5}\u{447}9;
x&chcy;;	x\u{447};
&check;x	\u{2713}x
&check	&check
&checkmark;x	\u{2713}x
&checkmark<	&checkmark<
&chi;#	\u{3C7}#
&chi#	&chi#
&cir; 	\u{25CB}\u{20}
Title: &cir1	Title: &cir1
&cirE;z	\u{29C3}z
&cirEX	&cirEX
&circ;9;	\u{2C6}9;
x&circ	x&circ
&circeq;#	\u{2257}#
\u{65E5}&circeq=	\u{65E5}&circeq=
&circlearrowleft;\u{E9}	\u{21BA}\u{E9}
&circlearrowleft;	\u{21BA}
&circlearrowright;;;	\u{21BB};;
x&circlearrowright9;	x&circlearrowright9;
&circledR;&amp;	\u{AE}&
&circledR;	\u{AE}
x&circledS;X	x\u{24C8}X
Title: &circledS;	Title: \u{24C8}
Title: &circledast;	Title: \u{229B}
&circledast#	&circledast#
x&circledcirc;\u{E9}	x\u{229A}\u{E9}
x&circledcirc\u{E9}	x&circledcirc\u{E9}
&circleddash;9	\u{229D}9
&circleddash<	&circleddash<
Title: &cire;	Title: \u{2257}
&cirex	&cirex
&cirfnint;x	\u{2A10}x
\u{65E5}&cirfnint<	\u{65E5}&cirfnint<
&cirmid;=	\u{2AEF}=
&cirmid&amp;	&cirmid&
x&cirscir;9;	x\u{29C2}9;
&cirscir1	&cirscir1
&clubs;z	\u{2663}z
\u{65E5}&clubs	\u{65E5}&clubs
&clubsuit;;x	\u{2663};x
&clubsuitX	&clubsuitX
&colon;<	:<
x&colon 	x&colon\u{20}
Title: &colone; 	Title: \u{2254}\u{20}
&colone&amp;	&colone&
&coloneq; 	\u{2254}\u{20}
Title: &coloneq;;	Title: \u{2254};
&comma;;x	,;x
x&comma9	x&comma9
Title: &commat;&amp;	Title: @&
Title: &commat=	Title: &commat=
Title: &comp;#	Title: \u{2201}#
\u{65E5}&comp#	\u{65E5}&comp#
&compfn;	\u{2218}
x&compfn;	x\u{2218}
&complement;X	\u{2201}X
Title: &complementx	Title: &complementx
&complexes;=	\u{2102}=
Title: &complexes 	Title: &complexes\u{20}
&cong;a;	\u{2245}a;
&cong 	&cong\u{20}
&congdot;X	\u{2A6D}X
&congdot;;	\u{2A6D};
&conint;;	\u{222E};
&conint9	&conint9
&copf;x	\u{1D554}x
\u{65E5}&copfx	\u{65E5}&copfx
\u{65E5}&coprod;&amp;	\u{65E5}\u{2210}&
x&coprod\u{E9}	x&coprod\u{E9}
&copy\u{E9}	\u{A9}\u{E9}
&copy;;x	\u{A9};x
x&copy;	x\u{A9}
Title: &copysr;;;	Title: \u{2117};;
&copysr9;	\u{A9}sr9;
&crarr;#	\u{21B5}#
&crarr<	&crarr<
x&cross;a;	x\u{2717}a;
&cross	&cross
&cscr;;x	\u{1D4B8};x
x&cscr;	x\u{1D4B8}
&csub;&	\u{2ACF}&
\u{65E5}&csub;;	\u{65E5}\u{2ACF};
&csube;#	\u{2AD1}#
&csube;x	\u{2AD1}x
Title: &csup;9	Title: \u{2AD0}9
&csup&	&csup&
Title: &csupe;9	Title: \u{2AD2}9
&csupe 	&csupe\u{20}
Title: &ctdot;	Title: \u{22EF}
x&ctdot&	x&ctdot&
x&cudarrl;a;	x\u{2938}a;
x&cudarrlx	x&cudarrlx
&cudarrr;&amp;	\u{2935}&
Title: &cudarrr=	Title: &cudarrr=
x&cuepr;z	x\u{22DE}z
&cuepr<	&cuepr<
\u{65E5}&cuesc;9	\u{65E5}\u{22DF}9
Title: &cuesc;x	Title: \u{22DF}x
\u{65E5}&cularr;9;	\u{65E5}\u{21B6}9;
Title: &cularrz	Title: &cularrz
&cularrp;9	\u{293D}9
x&cularrp9;	x&cularrp9;
&cup;9	\u{222A}9
\u{65E5}&cup&amp;	\u{65E5}&cup&
x&cupbrcap;\u{E9}	x\u{2A48}\u{E9}
x&cupbrcap9;	x&cupbrcap9;
&cupcap; 	\u{2A46}\u{20}
&cupcap	&cupcap
Title: &cupcup; 	Title: \u{2A4A}\u{20}
&cupcup;	\u{2A4A}
&cupdot;1	\u{228D}1
x&cupdot1	x&cupdot1
&cupor;&	\u{2A45}&
x&cupor;x	x\u{2A45}x
&cups;x	\u{222A}\u{FE00}x
&cupsz	&cupsz
&curarr;<	\u{21B7}<
\u{65E5}&curarr;x	\u{65E5}\u{21B7}x
Title: &curarrm;&amp;	Title: \u{293C}&
&curarrm#	&curarrm#
&curlyeqprec;=	\u{22DE}=
&curlyeqprec9	&curlyeqprec9
Title: &curlyeqsucc;9;	Title: \u{22DF}9;
\u{65E5}&curlyeqsuccz	\u{65E5}&curlyeqsuccz
\u{65E5}&curlyvee;;x	\u{65E5}\u{22CE};x
&curlyveez	&curlyveez
&curlywedge;9	\u{22CF}9
&curlywedge9	&curlywedge9
&currenX	\u{A4}X
&curren;\u{E9}	\u{A4}\u{E9}
&curren&	\u{A4}&
x&curvearrowleft;<	x\u{21B6}<
&curvearrowleft;	\u{21B6}
Title: &curvearrowright;X	Title: \u{21B7}X
&curvearrowright	&curvearrowright
&cuvee; 	\u{22CE}\u{20}
x&cuvee1	x&cuvee1
\u{65E5}&cuwed;&	\u{65E5}\u{22CF}&
\u{65E5}&cuwedX	\u{65E5}&cuwedX
\u{65E5}&cwconint;&	\u{65E5}\u{2232}&
&cwconint;	\u{2232}
Title: &cwint;#	Title: \u{2231}#
&cwint;;	\u{2231};
&cylcty;;x	\u{232D};x
&cylcty 	&cylcty\u{20}
&dArr;9;	\u{21D3}9;
&dArr;x	\u{21D3}x
&dHar;;;	\u{2965};;
Title: &dHar9	Title: &dHar9
\u{65E5}&dagger;9;	\u{65E5}\u{2020}9;
&dagger1	&dagger1
\u{65E5}&daleth;;	\u{65E5}\u{2138};
&daleth\u{E9}	&daleth\u{E9}
x&darr;X	x\u{2193}X
&darr9	&darr9
&dash;;;	\u{2010};;
&dash;	\u{2010}
&dashv;;	\u{22A3};
&dashva;	&dashva;
&dbkarow;z	\u{290F}z
&dbkarow9;	&dbkarow9;
Title: &dblac;=	Title: \u{2DD}=
&dblac 	&dblac\u{20}
\u{65E5}&dcaron;;x	\u{65E5}\u{10F};x
Title: &dcaron 	Title: &dcaron\u{20}
\u{65E5}&dcy;#	\u{65E5}\u{434}#
&dcy#	&dcy#
&dd;\u{E9}	\u{2146}\u{E9}
\u{65E5}&dd;x	\u{65E5}\u{2146}x
&ddagger;9;	\u{2021}9;
Title: &ddagger;;	Title: \u{2021};
&ddarr;<	\u{21CA}<
&ddarra;	&ddarra;
&ddotseq;X	\u{2A77}X
&ddotseqx	&ddotseqx
\u{65E5}&deg;x	\u{65E5}\u{B0}x
&deg;=	\u{B0}=
&deg1	\u{B0}1
&delta; 	\u{3B4}\u{20}
\u{65E5}&delta=	\u{65E5}&delta=
Title: &demptyv;1	Title: \u{29B1}1
Title: &demptyva;	Title: &demptyva;
\u{65E5}&dfisht;;;	\u{65E5}\u{297F};;
x&dfishtz	x&dfishtz
Title: &dfr;&amp;	Title: \u{1D521}&
\u{65E5}&dfrz	\u{65E5}&dfrz
\u{65E5}&dharl;;;	\u{65E5}\u{21C3};;
&dharl 	&dharl\u{20}
\u{65E5}&dharr; 	\u{65E5}\u{21C2}\u{20}
&dharra;	&dharra;
x&diam;1	x\u{22C4}1
x&diam	x&diam
x&diamond;a;	x\u{22C4}a;
x&diamond\u{E9}	x&diamond\u{E9}
Title: &diamondsuit;z	Title: \u{2666}z
&diamondsuit;;	\u{2666};
Title: &diams;;x	Title: \u{2666};x
Title: &diams=	Title: &diams=
&die;1	\u{A8}1
&die;x	\u{A8}x
\u{65E5}&digamma;;	\u{65E5}\u{3DD};
&digamma9;	&digamma9;
&disin;&	\u{22F2}&
&disinz	&disinz
&div;	\u{F7}
Title: &div	Title: &div
&divide&amp;	\u{F7}&
x&divide;	x\u{F7}
&dividea;	\u{F7}a;
\u{65E5}&divideontimes;a;	\u{65E5}\u{22C7}a;
x&divideontimes	x\u{F7}ontimes
&divonx;=	\u{22C7}=
&divonx;;	\u{22C7};
&djcy;#	\u{452}#
x&djcyx	x&djcyx
Title: &dlcorn;;x	Title: \u{231E};x
&dlcorn=	&dlcorn=
&dlcrop;x	\u{230D}x
x&dlcrop9;	x&dlcrop9;
\u{65E5}&dollar;;	\u{65E5}$;
\u{65E5}&dollar;	\u{65E5}$
&dopf;9	\u{1D555}9
&dopf;x	\u{1D555}x
x&dot;&amp;	x\u{2D9}&
&dot&	&dot&
Title: &doteq;;x	Title: \u{2250};x
&doteq&	&doteq&
\u{65E5}&doteqdot;	\u{65E5}\u{2251}
\u{65E5}&doteqdot9;	\u{65E5}&doteqdot9;
&dotminus;X	\u{2238}X
&dotminus	&dotminus
&dotplus;;x	\u{2214};x
&dotplusa;	&dotplusa;
\u{65E5}&dotsquare;1	\u{65E5}\u{22A1}1
\u{65E5}&dotsquare;;	\u{65E5}\u{22A1};
&doublebarwedge;&	\u{2306}&
&doublebarwedge\u{E9}	&doublebarwedge\u{E9}
\u{65E5}&downarrow;a;	\u{65E5}\u{2193}a;
&downarrow1	&downarrow1
&downdownarrows;#	\u{21CA}#
Title: &downdownarrows;x	Title: \u{21CA}x
&downharpoonleft;9	\u{21C3}9
\u{65E5}&downharpoonleftz	\u{65E5}&downharpoonleftz
\u{65E5}&downharpoonright; 	\u{65E5}\u{21C2}\u{20}
&downharpoonrightz	&downharpoonrightz
\u{65E5}&drbkarow;&	\u{65E5}\u{2910}&
&drbkarow9	&drbkarow9
&drcorn;;x	\u{231F};x
Title: &drcorn9;	Title: &drcorn9;
&drcrop;z	\u{230C}z
&drcrop9	&drcrop9
&dscr;9	\u{1D4B9}9
x&dscrX	x&dscrX
x&dscy;&amp;	x\u{455}&
x&dscy9;	x&dscy9;
Title: &dsol;;	Title: \u{29F6};
&dsol<	&dsol<
&dstrok;z	\u{111}z
&dstrok;;	\u{111};
&dtdot;1	\u{22F1}1
x&dtdot1	x&dtdot1
&dtri;;;	\u{25BF};;
&dtri\u{E9}	&dtri\u{E9}
x&dtrif;&	x\u{25BE}&
\u{65E5}&dtrifX	\u{65E5}&dtrifX
\u{65E5}&duarr;;x	\u{65E5}\u{21F5};x
\u{65E5}&duarrx	\u{65E5}&duarrx
\u{65E5}&duhar;1	\u{65E5}\u{296F}1
&duharX	&duharX
&dwangle;;x	\u{29A6};x
&dwangle\u{E9}	&dwangle\u{E9}
&dzcy;;x	\u{45F};x
&dzcyx	&dzcyx
Title: &dzigrarr;;;	Title: \u{27FF};;
x&dzigrarr	x&dzigrarr
&eDDot;1	\u{2A77}1
&eDDot 	&eDDot\u{20}
&eDot;x	\u{2251}x
\u{65E5}&eDot	\u{65E5}&eDot
\u{65E5}&eacute&amp;	\u{65E5}\u{E9}&
\u{65E5}&eacute;=	\u{65E5}\u{E9}=
x&eacute=	x\u{E9}=
x&easter;9;	x\u{2A6E}9;
&easter&	&easter&
&ecaron; 	\u{11B}\u{20}
\u{65E5}&ecaron;;	\u{65E5}\u{11B};
\u{65E5}&ecir;;;	\u{65E5}\u{2256};;
Title: &ecir<	Title: &ecir<
&ecirc&	\u{EA}&
&ecirc; 	\u{EA}\u{20}
&ecirc 	\u{EA}\u{20}
x&ecolon;a;	x\u{2255}a;
&ecolon;;	\u{2255};
\u{65E5}&ecy;#	\u{65E5}\u{44D}#
&ecyX	&ecyX
&edot;1	\u{117}1
\u{65E5}&edot	\u{65E5}&edot
\u{65E5}&ee;&	\u{65E5}\u{2147}&
\u{65E5}&ee;x	\u{65E5}\u{2147}x
&efDot;	\u{2252}
&efDot\u{E9}	&efDot\u{E9}
\u{65E5}&efr;&amp;	\u{65E5}\u{1D522}&
\u{65E5}&efr&amp;	\u{65E5}&efr&
Title: &eg;;	Title: \u{2A9A};
\u{65E5}&eg9;	\u{65E5}&eg9;
x&egrave\u{E9}	x\u{E8}\u{E9}
&egrave;9;	\u{E8}9;
&egravex	\u{E8}x
&egs;9	\u{2A96}9
&egsx	&egsx
x&egsdot;&amp;	x\u{2A98}&
\u{65E5}&egsdot=	\u{65E5}&egsdot=
\u{65E5}&el;;x	\u{65E5}\u{2A99};x
&el;x	\u{2A99}x
\u{65E5}&elinters;#	\u{65E5}\u{23E7}#
x&elinters9	x&elinters9
x&ell;9	x\u{2113}9
&ellz	&ellz
\u{65E5}&els;<	\u{65E5}\u{2A95}<
&els	&els
&elsdot;1	\u{2A97}1
&elsdot;;	\u{2A97};
&emacr;=	\u{113}=
&emacrX	&emacrX
&empty;;	\u{2205};
\u{65E5}&empty;x	\u{65E5}\u{2205}x
&emptyset;&amp;	\u{2205}&
&emptyset1	&emptyset1
x&emptyv;9	x\u{2205}9
x&emptyv\u{E9}	x&emptyv\u{E9}
x&emsp13;;	x\u{2004};
&emsp13;x	\u{2004}x
&emsp14;&amp;	\u{2005}&
Title: &emsp14z	Title: &emsp14z
&emsp;;	\u{2003};
\u{65E5}&emsp	\u{65E5}&emsp
&eng;X	\u{14B}X
&eng\u{E9}	&eng\u{E9}
&ensp;;x	\u{2002};x
\u{65E5}&enspX	\u{65E5}&enspX
x&eogon; 	x\u{119}\u{20}
Title: &eogon9	Title: &eogon9
&eopf;X	\u{1D556}X
&eopf<	&eopf<
&epar;;;	\u{22D5};;
&epar;	\u{22D5}
Title: &eparsl;<	Title: \u{29E3}<
&eparsl9	&eparsl9
\u{65E5}&eplus;X	\u{65E5}\u{2A71}X
&eplusX	&eplusX
x&epsi; 	x\u{3B5}\u{20}
\u{65E5}&epsi1	\u{65E5}&epsi1
x&epsilon;X	x\u{3B5}X
Title: &epsilon=	Title: &epsilon=
&epsiv;#	\u{3F5}#
&epsiva;	&epsiva;
&eqcirc;9;	\u{2256}9;
&eqcircX	&eqcircX
&eqcolon;&	\u{2255}&
Title: &eqcolon1	Title: &eqcolon1
&eqsim;9	\u{2242}9
&eqsim 	&eqsim\u{20}
&eqslantgtr;;x	\u{2A96};x
&eqslantgtr	&eqslantgtr
x&eqslantless;9;	x\u{2A95}9;
Title: &eqslantless;x	Title: \u{2A95}x
&equals;9	=9
\u{65E5}&equals\u{E9}	\u{65E5}&equals\u{E9}
&equest;\u{E9}	\u{225F}\u{E9}
\u{65E5}&equest#	\u{65E5}&equest#
\u{65E5}&equiv;;;	\u{65E5}\u{2261};;
x&equiv\u{E9}	x&equiv\u{E9}
\u{65E5}&equivDD;;	\u{65E5}\u{2A78};
&equivDDX	&equivDDX
&eqvparsl;x	\u{29E5}x
\u{65E5}&eqvparslz	\u{65E5}&eqvparslz
&erDot;=	\u{2253}=
&erDot9;	&erDot9;
x&erarr;&	x\u{2971}&
Title: &erarr=	Title: &erarr=
Title: &escr;=	Title: \u{212F}=
Title: &escr&	Title: &escr&
\u{65E5}&esdot;X	\u{65E5}\u{2250}X
\u{65E5}&esdot&	\u{65E5}&esdot&
Title: &esim;	Title: \u{2242}
&esim<	&esim<
x&eta;;x	x\u{3B7};x
&eta	&eta
\u{65E5}&eth9;	\u{65E5}\u{F0}9;
x&eth;9;	x\u{F0}9;
\u{65E5}&eth\u{E9}	\u{65E5}\u{F0}\u{E9}
Title: &euml9;	Title: \u{EB}9;
Title: &euml;1	Title: \u{EB}1
\u{65E5}&euml#	\u{65E5}\u{EB}#
&euro;;x	\u{20AC};x
Title: &euroa;	Title: &euroa;
Title: &excl;x	Title: !x
x&excl=	x&excl=
x&exist;x	x\u{2203}x
&exist\u{E9}	&exist\u{E9}
&expectation;;x	\u{2130};x
&expectation1	&expectation1
&exponentiale; 	\u{2147}\u{20}
&exponentiale\u{E9}	&exponentiale\u{E9}
&fallingdotseq;;;	\u{2252};;
\u{65E5}&fallingdotseq\u{E9}	\u{65E5}&fallingdotseq\u{E9}
&fcy;&amp;	\u{444}&
&fcyz	&fcyz
\u{65E5}&female;z	\u{65E5}\u{2640}z
&female;;	\u{2640};
&ffilig;;x	\u{FB03};x
Title: &ffilig<	Title: &ffilig<
\u{65E5}&fflig; 	\u{65E5}\u{FB00}\u{20}
&fflig;	\u{FB00}
&ffllig;9	\u{FB04}9
\u{65E5}&ffllig1	\u{65E5}&ffllig1
&ffr;;;	\u{1D523};;
&ffr	&ffr
Title: &filig;9;	Title: \u{FB01}9;
Title: &filig	Title: &filig
&fjlig;&amp;	fj&
&fjlig#	&fjlig#
\u{65E5}&flat;X	\u{65E5}\u{266D}X
Title: &flatz	Title: &flatz
&fllig;<	\u{FB02}<
x&fllig<	x&fllig<
x&fltns;x	x\u{25B1}x
\u{65E5}&fltnsx	\u{65E5}&fltnsx
&fnof;z	\u{192}z
x&fnof&	x&fnof&
&fopf;9;	\u{1D557}9;
x&fopf\u{E9}	x&fopf\u{E9}
\u{65E5}&forall;z	\u{65E5}\u{2200}z
Title: &forallz	Title: &forallz
&fork;=	\u{22D4}=
x&fork	x&fork
&forkv;<	\u{2AD9}<
&forkvz	&forkvz
Title: &fpartint;\u{E9}	Title: \u{2A0D}\u{E9}
Title: &fpartint<	Title: &fpartint<
&frac12#	\u{BD}#
\u{65E5}&frac12;a;	\u{65E5}\u{BD}a;
&frac12<	\u{BD}<
Title: &frac13;\u{E9}	Title: \u{2153}\u{E9}
Title: &frac13=	Title: &frac13=
&frac14	\u{BC}
\u{65E5}&frac14;\u{E9}	\u{65E5}\u{BC}\u{E9}
&frac14\u{E9}	\u{BC}\u{E9}
x&frac15;1	x\u{2155}1
x&frac15	x&frac15
Title: &frac16;<	Title: \u{2159}<
&frac169	&frac169
Title: &frac18;9;	Title: \u{215B}9;
&frac18	&frac18
&frac23;\u{E9}	\u{2154}\u{E9}
&frac23;;	\u{2154};
&frac25;<	\u{2156}<
\u{65E5}&frac25;;	\u{65E5}\u{2156};
&frac349;	\u{BE}9;
&frac34;x	\u{BE}x
Title: &frac34<	Title: \u{BE}<
x&frac35;&	x\u{2157}&
x&frac35<	x&frac35<
&frac38;#	\u{215C}#
&frac38&amp;	&frac38&
x&frac45;\u{E9}	x\u{2158}\u{E9}
&frac459	&frac459
Title: &frac56;#	Title: \u{215A}#
&frac56 	&frac56\u{20}
Title: &frac58;X	Title: \u{215D}X
&frac58;x	\u{215D}x
x&frac78;X	x\u{215E}X
Title: &frac78X	Title: &frac78X
&frasl;;x	\u{2044};x
&frasl\u{E9}	&frasl\u{E9}
&frown;a;	\u{2322}a;
&frown<	&frown<
Title: &fscr;X	Title: \u{1D4BB}X
x&fscr1	x&fscr1
x&gE;&	x\u{2267}&
x&gE=	x&gE=
Title: &gEl;\u{E9}	Title: \u{2A8C}\u{E9}
&gEl&amp;	&gEl&
Title: &gacute;#	Title: \u{1F5}#
x&gacute\u{E9}	x&gacute\u{E9}
\u{65E5}&gamma;#	\u{65E5}\u{3B3}#
&gamma<	&gamma<
&gammad; 	\u{3DD}\u{20}
&gammada;	&gammada;
\u{65E5}&gap; 	\u{65E5}\u{2A86}\u{20}
&gap=	&gap=
x&gbreve;z	x\u{11F}z
Title: &gbreve	Title: &gbreve
&gcirc;<	\u{11D}<
\u{65E5}&gcirc;x	\u{65E5}\u{11D}x
Title: &gcy;9;	Title: \u{433}9;
&gcy	&gcy
Title: &gdot;;;	Title: \u{121};;
&gdot9;	&gdot9;
&ge;;;	\u{2265};;
&ge\u{E9}	&ge\u{E9}
Title: &gel;X	Title: \u{22DB}X
&gel 	&gel\u{20}
&geq;&amp;	\u{2265}&
Title: &geq;x	Title: \u{2265}x
Title: &geqq;;	Title: \u{2267};
&geqq&amp;	&geqq&
\u{65E5}&geqslant;;x	\u{65E5}\u{2A7E};x
&geqslantz	&geqslantz
Title: &ges;9	Title: \u{2A7E}9
Title: &ges9;	Title: &ges9;
Title: &gescc;\u{E9}	Title: \u{2AA9}\u{E9}
\u{65E5}&gescc 	\u{65E5}&gescc\u{20}
&gesdot;z	\u{2A80}z
Title: &gesdotx	Title: &gesdotx
&gesdoto;#	\u{2A82}#
x&gesdoto&	x&gesdoto&
&gesdotol;;	\u{2A84};
\u{65E5}&gesdotol&	\u{65E5}&gesdotol&
\u{65E5}&gesl;;x	\u{65E5}\u{22DB}\u{FE00};x
x&gesl#	x&gesl#
Title: &gesles;;x	Title: \u{2A94};x
&gesles&	&gesles&
\u{65E5}&gfr;x	\u{65E5}\u{1D524}x
&gfr 	&gfr\u{20}
Title: &gg;<	Title: \u{226B}<
&gg&	&gg&
&ggg;9;	\u{22D9}9;
&ggg;;	\u{22D9};
\u{65E5}&gimel;X	\u{65E5}\u{2137}X
Title: &gimelz	Title: &gimelz
&gjcy;	\u{453}
\u{65E5}&gjcy&amp;	\u{65E5}&gjcy&
&gl;9;	\u{2277}9;
\u{65E5}&gl9;	\u{65E5}&gl9;
&glE;	\u{2A92}
\u{65E5}&glE\u{E9}	\u{65E5}&glE\u{E9}
x&gla;1	x\u{2AA5}1
&gla 	&gla\u{20}
&glj;z	\u{2AA4}z
\u{65E5}&glj	\u{65E5}&glj
&gnE;1	\u{2269}1
&gnE#	&gnE#
\u{65E5}&gnap;;;	\u{65E5}\u{2A8A};;
x&gnap	x&gnap
\u{65E5}&gnapprox;1	\u{65E5}\u{2A8A}1
Title: &gnapprox9;	Title: &gnapprox9;
\u{65E5}&gne;;	\u{65E5}\u{2A88};
&gne 	&gne\u{20}
&gneq;1	\u{2A88}1
\u{65E5}&gneq=	\u{65E5}&gneq=
\u{65E5}&gneqq;9;	\u{65E5}\u{2269}9;
&gneqq9	&gneqq9
&gnsim;a;	\u{22E7}a;
\u{65E5}&gnsim;	\u{65E5}\u{22E7}
&gopf;\u{E9}	\u{1D558}\u{E9}
&gopf;;	\u{1D558};
&grave;z	`z
&gravea;	&gravea;
\u{65E5}&gscr;&	\u{65E5}\u{210A}&
x&gscrx	x&gscrx
&gsim;9	\u{2273}9
Title: &gsim	Title: &gsim
\u{65E5}&gsime;x	\u{65E5}\u{2A8E}x
&gsime9;	&gsime9;
\u{65E5}&gsiml;9	\u{65E5}\u{2A90}9
Title: &gsiml#	Title: &gsiml#
x&gta;	x>a;
&gt;;	>;
\u{65E5}&gtx	\u{65E5}>x
\u{65E5}&gtcc;<	\u{65E5}\u{2AA7}<
&gtccz	>ccz
&gtcir;;x	\u{2A7A};x
&gtcirx	>cirx
\u{65E5}&gtdot;9;	\u{65E5}\u{22D7}9;
&gtdot<	>dot<
x&gtlPar;#	x\u{2995}#
&gtlParX	>lParX
&gtquest;x	\u{2A7C}x
x&gtquest	x>quest
x&gtrapprox;<	x\u{2A86}<
&gtrapprox=	>rapprox=
&gtrarr;;	\u{2978};
&gtrarr9;	>rarr9;
Title: &gtrdot;x	Title: \u{22D7}x
&gtrdot;	\u{22D7}
&gtreqless;;;	\u{22DB};;
&gtreqless 	>reqless\u{20}
&gtreqqless;#	\u{2A8C}#
x&gtreqqless<	x>reqqless<
Title: &gtrless;;;	Title: \u{2277};;
Title: &gtrless<	Title: >rless<
x&gtrsim;x	x\u{2273}x
&gtrsim#	>rsim#
&gvertneqq;x	\u{2269}\u{FE00}x
&gvertneqq;;	\u{2269}\u{FE00};
\u{65E5}&gvnE;<	\u{65E5}\u{2269}\u{FE00}<
\u{65E5}&gvnE&	\u{65E5}&gvnE&
x&hArr;X	x\u{21D4}X
Title: &hArra;	Title: &hArra;
Title: &hairsp;X	Title: \u{200A}X
Title: &hairsp9;	Title: &hairsp9;
&half;=	\u{BD}=
x&half<	x&half<
x&hamilt;z	x\u{210B}z
x&hamilt\u{E9}	x&hamilt\u{E9}
&hardcy;x	\u{44A}x
Title: &hardcy	Title: &hardcy
&harr;&amp;	\u{2194}&
&harr;;	\u{2194};
\u{65E5}&harrcir;9	\u{65E5}\u{2948}9
Title: &harrcir&	Title: &harrcir&
&harrw;X	\u{21AD}X
&harrwa;	&harrwa;
&hbar;&	\u{210F}&
x&hbar\u{E9}	x&hbar\u{E9}
x&hcirc;;	x\u{125};
&hcircX	&hcircX
x&hearts;1	x\u{2665}1
&hearts1	&hearts1
\u{65E5}&heartsuit;&amp;	\u{65E5}\u{2665}&
Title: &heartsuit1	Title: &heartsuit1
&hellip;1	\u{2026}1
Title: &hellip=	Title: &hellip=
x&hercon;;;	x\u{22B9};;
&herconX	&herconX
x&hfr; 	x\u{1D525}\u{20}
x&hfr=	x&hfr=
Title: &hksearow;#	Title: \u{2925}#
x&hksearow1	x&hksearow1
\u{65E5}&hkswarow;\u{E9}	\u{65E5}\u{2926}\u{E9}
&hkswarow=	&hkswarow=
&hoarr;;;	\u{21FF};;
&hoarrX	&hoarrX
\u{65E5}&homtht;\u{E9}	\u{65E5}\u{223B}\u{E9}
&homtht;x	\u{223B}x
Title: &hookleftarrow; 	Title: \u{21A9}\u{20}
\u{65E5}&hookleftarrow=	\u{65E5}&hookleftarrow=
&hookrightarrow;a;	\u{21AA}a;
x&hookrightarrow=	x&hookrightarrow=
\u{65E5}&hopf;9;	\u{65E5}\u{1D559}9;
Title: &hopf=	Title: &hopf=
x&horbar;;x	x\u{2015};x
&horbar;	\u{2015}
&hscr;	\u{1D4BD}
x&hscr&	x&hscr&
&hslash;&	\u{210F}&
\u{65E5}&hslasha;	\u{65E5}&hslasha;
x&hstrok;a;	x\u{127}a;
&hstrokx	&hstrokx
\u{65E5}&hybull;&	\u{65E5}\u{2043}&
Title: &hybull<	Title: &hybull<
Title: &hyphen;x	Title: \u{2010}x
x&hyphen\u{E9}	x&hyphen\u{E9}
x&iacute;x	x\u{ED}x
&iacute;	\u{ED}
Title: &iacute 	Title: \u{ED}\u{20}
&ic;9;	\u{2063}9;
x&ic=	x&ic=
Title: &icircz	Title: \u{EE}z
&icirc;;;	\u{EE};;
&icirc9	\u{EE}9
&icy;1	\u{438}1
\u{65E5}&icy&amp;	\u{65E5}&icy&
&iecy;#	\u{435}#
\u{65E5}&iecya;	\u{65E5}&iecya;
&iexclx	\u{A1}x
&iexcl;\u{E9}	\u{A1}\u{E9}
&iexclz	\u{A1}z
\u{65E5}&iff;1	\u{65E5}\u{21D4}1
&iff1	&iff1
&ifr;9;	\u{1D526}9;
&ifr&amp;	&ifr&
&igrave<	\u{EC}<
Title: &igrave;x	Title: \u{EC}x
x&igrave9;	x\u{EC}9;
Title: &ii;X	Title: \u{2148}X
&ii;	\u{2148}
&iiiint;=	\u{2A0C}=
&iiiint9;	&iiiint9;
&iiint;&	\u{222D}&
&iiint;;	\u{222D};
x&iinfin;#	x\u{29DC}#
Title: &iinfin#	Title: &iinfin#
Title: &iiota;9	Title: \u{2129}9
x&iiotaa;	x&iiotaa;
&ijlig;z	\u{133}z
&ijlig;	\u{133}
Title: &imacr;z	Title: \u{12B}z
\u{65E5}&imacr#	\u{65E5}&imacr#
\u{65E5}&image;<	\u{65E5}\u{2111}<
Title: &image	Title: &image
\u{65E5}&imagline;X	\u{65E5}\u{2110}X
&imaglinez	&imaglinez
&imagpart;&amp;	\u{2111}&
&imagpart9	&imagpart9
&imath;x	\u{131}x
\u{65E5}&imath;	\u{65E5}\u{131}
&imof;X	\u{22B7}X
&imof;x	\u{22B7}x
&imped;;	\u{1B5};
Title: &imped\u{E9}	Title: &imped\u{E9}
&in;	\u{2208}
&in;x	\u{2208}x
x&incare;a;	x\u{2105}a;
x&incare;	x\u{2105}
Title: &infin;&amp;	Title: \u{221E}&
Title: &infin\u{E9}	Title: &infin\u{E9}
\u{65E5}&infintie;x	\u{65E5}\u{29DD}x
x&inodot;9;	x\u{131}9;
\u{65E5}&inodot	\u{65E5}&inodot
&int;&	\u{222B}&
&int&amp;	&int&
&intcal;9	\u{22BA}9
&intcal<	&intcal<
&integers;a;	\u{2124}a;
Title: &integers9	Title: &integers9
&intercal;9;	\u{22BA}9;
Title: &intercalX	Title: &intercalX
x&intlarhk;9	x\u{2A17}9
&intlarhkX	&intlarhkX
\u{65E5}&intprod;&amp;	\u{65E5}\u{2A3C}&
&intprod&amp;	&intprod&
&iocy;1	\u{451}1
&iocyX	&iocyX
Title: &iogon;9;	Title: \u{12F}9;
&iogon;	\u{12F}
x&iopf;;	x\u{1D55A};
\u{65E5}&iopf<	\u{65E5}&iopf<
&iota;&	\u{3B9}&
&iota;x	\u{3B9}x
\u{65E5}&iprod;\u{E9}	\u{65E5}\u{2A3C}\u{E9}
&iprod9;	&iprod9;
Title: &iquest	Title: \u{BF}
x&iquest;&	x\u{BF}&
&iquest;	\u{BF}
&iscr;	\u{1D4BE}
&iscr&amp;	&iscr&
x&isin;=	x\u{2208}=
\u{65E5}&isin1	\u{65E5}&isin1
&isinE;9;	\u{22F9}9;
x&isinE9	x&isinE9
x&isindot;\u{E9}	x\u{22F5}\u{E9}
Title: &isindot 	Title: &isindot\u{20}
&isins;;x	\u{22F4};x
Title: &isins 	Title: &isins\u{20}
&isinsv;x	\u{22F3}x
&isinsv<	&isinsv<
Title: &isinv;x	Title: \u{2208}x
x&isinv#	x&isinv#
&it;9;	\u{2062}9;
&it9;	&it9;
&itilde;1	\u{129}1
Title: &itilde<	Title: &itilde<
Title: &iukcy;9;	Title: \u{456}9;
&iukcyz	&iukcyz
Title: &iuml<	Title: \u{EF}<
&iuml; 	\u{EF}\u{20}
&iuml\u{E9}	\u{EF}\u{E9}
x&jcirc;9;	x\u{135}9;
&jcirc9;	&jcirc9;
Title: &jcy;&	Title: \u{439}&
Title: &jcy;x	Title: \u{439}x
&jfr;;;	\u{1D527};;
&jfr9	&jfr9
x&jmath;;;	x\u{237};;
Title: &jmath1	Title: &jmath1
\u{65E5}&jopf;<	\u{65E5}\u{1D55B}<
x&jopfz	x&jopfz
Title: &jscr;X	Title: \u{1D4BF}X
&jscrx	&jscrx
Title: &jsercy;;;	Title: \u{458};;
&jsercy<	&jsercy<
&jukcy;&amp;	\u{454}&
&jukcy\u{E9}	&jukcy\u{E9}
&kappa;9	\u{3BA}9
&kappa	&kappa
&kappav; 	\u{3F0}\u{20}
\u{65E5}&kappava;	\u{65E5}&kappava;
&kcedil;;x	\u{137};x
&kcedil\u{E9}	&kcedil\u{E9}
Title: &kcy;;	Title: \u{43A};
&kcy#	&kcy#
Title: &kfr;&amp;	Title: \u{1D528}&
x&kfrz	x&kfrz
x&kgreen;&	x\u{138}&
&kgreen;	\u{138}
\u{65E5}&khcy;a;	\u{65E5}\u{445}a;
&khcy<	&khcy<
x&kjcy;;x	x\u{45C};x
&kjcy&amp;	&kjcy&
&kopf;1	\u{1D55C}1
Title: &kopf1	Title: &kopf1
\u{65E5}&kscr;<	\u{65E5}\u{1D4C0}<
\u{65E5}&kscra;	\u{65E5}&kscra;
Title: &lAarr;#	Title: \u{21DA}#
Title: &lAarr&amp;	Title: &lAarr&
&lArr;=	\u{21D0}=
x&lArr;;	x\u{21D0};
&lAtail;	\u{291B}
&lAtail\u{E9}	&lAtail\u{E9}
&lBarr;&	\u{290E}&
&lBarr#	&lBarr#
&lE;9	\u{2266}9
\u{65E5}&lE&amp;	\u{65E5}&lE&
&lEg;&	\u{2A8B}&
&lEgz	&lEgz
x&lHar;a;	x\u{2962}a;
\u{65E5}&lHar;x	\u{65E5}\u{2962}x
Title: &lacute;	Title: \u{13A}
&lacute=	&lacute=
\u{65E5}&laemptyv;;;	\u{65E5}\u{29B4};;
x&laemptyv1	x&laemptyv1
&lagran;;;	\u{2112};;
&lagran\u{E9}	&lagran\u{E9}
&lambda;\u{E9}	\u{3BB}\u{E9}
&lambda9	&lambda9
&lang;=	\u{27E8}=
Title: &lang;;	Title: \u{27E8};
x&langd;1	x\u{2991}1
&langd9;	&langd9;
&langle;\u{E9}	\u{27E8}\u{E9}
\u{65E5}&langle#	\u{65E5}&langle#
Title: &lap; 	Title: \u{2A85}\u{20}
&lapz	&lapz
&laquo	\u{AB}
&laquo;a;	\u{AB}a;
Title: &laquo	Title: \u{AB}
&larr;z	\u{2190}z
&larr#	&larr#
&larrb;\u{E9}	\u{21E4}\u{E9}
&larrb	&larrb
&larrbfs;9	\u{291F}9
&larrbfs&amp;	&larrbfs&
&larrfs;;	\u{291D};
&larrfsx	&larrfsx
Title: &larrhk;X	Title: \u{21A9}X
Title: &larrhk	Title: &larrhk
x&larrlp;9	x\u{21AB}9
&larrlp#	&larrlp#
&larrpl;a;	\u{2939}a;
x&larrpl;;	x\u{2939};
&larrsim; 	\u{2973}\u{20}
&larrsim;;	\u{2973};
Title: &larrtl;9	Title: \u{21A2}9
&larrtla;	&larrtla;
&lat;z	\u{2AAB}z
\u{65E5}&lat&amp;	\u{65E5}&lat&
x&latail;x	x\u{2919}x
Title: &latail 	Title: &latail\u{20}
&late;;;	\u{2AAD};;
\u{65E5}&late1	\u{65E5}&late1
&lates;;x	\u{2AAD}\u{FE00};x
x&lates1	x&lates1
\u{65E5}&lbarr;<	\u{65E5}\u{290C}<
&lbarr#	&lbarr#
&lbbrk;;x	\u{2772};x
&lbbrka;	&lbbrka;
&lbrace;a;	{a;
&lbrace&	&lbrace&
x&lbrack;&	x[&
&lbrack<	&lbrack<
x&lbrke;\u{E9}	x\u{298B}\u{E9}
Title: &lbrke<	Title: &lbrke<
\u{65E5}&lbrksld;<	\u{65E5}\u{298F}<
&lbrksld;x	\u{298F}x
x&lbrkslu;X	x\u{298D}X
&lbrkslu9	&lbrkslu9
&lcaron;X	\u{13E}X
&lcaron;	\u{13E}
&lcedil;9;	\u{13C}9;
x&lcedil#	x&lcedil#
&lceil;a;	\u{2308}a;
Title: &lceil#	Title: &lceil#
&lcub;<	{<
x&lcub&	x&lcub&
\u{65E5}&lcy;1	\u{65E5}\u{43B}1
&lcy;;	\u{43B};
x&ldca;	x\u{2936}
&ldca<	&ldca<
&ldquo;a;	\u{201C}a;
\u{65E5}&ldquo;x	\u{65E5}\u{201C}x
&ldquor;;;	\u{201E};;
&ldquor;x	\u{201E}x
\u{65E5}&ldrdhar; 	\u{65E5}\u{2967}\u{20}
&ldrdharx	&ldrdharx
&ldrushar;x	\u{294B}x
\u{65E5}&ldrushar&	\u{65E5}&ldrushar&
x&ldsh;&amp;	x\u{21B2}&
\u{65E5}&ldshX	\u{65E5}&ldshX
\u{65E5}&le;;;	\u{65E5}\u{2264};;
\u{65E5}&le\u{E9}	\u{65E5}&le\u{E9}
&leftarrow;&	\u{2190}&
&leftarrow	&leftarrow
Title: &leftarrowtail;	Title: \u{21A2}
&leftarrowtail 	&leftarrowtail\u{20}
\u{65E5}&leftharpoondown;&amp;	\u{65E5}\u{21BD}&
&leftharpoondown\u{E9}	&leftharpoondown\u{E9}
Title: &leftharpoonup;1	Title: \u{21BC}1
&leftharpoonup 	&leftharpoonup\u{20}
x&leftleftarrows;1	x\u{21C7}1
&leftleftarrowsX	&leftleftarrowsX
&leftrightarrow;\u{E9}	\u{2194}\u{E9}
\u{65E5}&leftrightarrow;x	\u{65E5}\u{2194}x
Title: &leftrightarrows;x	Title: \u{21C6}x
Title: &leftrightarrows9	Title: &leftrightarrows9
&leftrightharpoons;9	\u{21CB}9
x&leftrightharpoons<	x&leftrightharpoons<
&leftrightsquigarrow;1	\u{21AD}1
\u{65E5}&leftrightsquigarrow9;	\u{65E5}&leftrightsquigarrow9;
&leftthreetimes;\u{E9}	\u{22CB}\u{E9}
&leftthreetimesX	&leftthreetimesX
&leg;;x	\u{22DA};x
\u{65E5}&leg&	\u{65E5}&leg&
&leq;<	\u{2264}<
&leq9	&leq9
&leqq;a;	\u{2266}a;
Title: &leqq&amp;	Title: &leqq&
&leqslant;;;	\u{2A7D};;
&leqslant=	&leqslant=
&les;	\u{2A7D}
&les&amp;	&les&
Title: &lescc;;x	Title: \u{2AA8};x
&lescc#	&lescc#
&lesdot;;x	\u{2A7F};x
&lesdot#	&lesdot#
Title: &lesdoto;a;	Title: \u{2A81}a;
\u{65E5}&lesdoto&	\u{65E5}&lesdoto&
\u{65E5}&lesdotor;X	\u{65E5}\u{2A83}X
&lesdotor9	&lesdotor9
&lesg;1	\u{22DA}\u{FE00}1
x&lesg9	x&lesg9
x&lesges;	x\u{2A93}
&lesges9;	&lesges9;
&lessapprox;a;	\u{2A85}a;
Title: &lessapprox=	Title: &lessapprox=
Title: &lessdot;9;	Title: \u{22D6}9;
&lessdot\u{E9}	&lessdot\u{E9}
\u{65E5}&lesseqgtr; 	\u{65E5}\u{22DA}\u{20}
x&lesseqgtr9	x&lesseqgtr9
&lesseqqgtr;1	\u{2A8B}1
Title: &lesseqqgtr;	Title: \u{2A8B}
&lessgtr;1	\u{2276}1
Title: &lessgtr;x	Title: \u{2276}x
Title: &lesssim;;x	Title: \u{2272};x
&lesssim#	&lesssim#
Title: &lfisht;<	Title: \u{297C}<
Title: &lfishtX	Title: &lfishtX
&lfloor;	\u{230A}
Title: &lfloorx	Title: &lfloorx
&lfr;	\u{1D529}
&lfr1	&lfr1
\u{65E5}&lg;;	\u{65E5}\u{2276};
&lg9	&lg9
Title: &lgE;X	Title: \u{2A91}X
Title: &lgE9;	Title: &lgE9;
&lhard;<	\u{21BD}<
&lhard=	&lhard=
\u{65E5}&lharu;<	\u{65E5}\u{21BC}<
&lharu&	&lharu&
&lharul;&	\u{296A}&
&lharul\u{E9}	&lharul\u{E9}
&lhblk;a;	\u{2584}a;
Title: &lhblk<	Title: &lhblk<
x&ljcy;z	x\u{459}z
&ljcy;	\u{459}
&ll;1	\u{226A}1
x&ll&	x&ll&
&llarr;=	\u{21C7}=
&llarr&amp;	&llarr&
&llcorner;9	\u{231E}9
x&llcornera;	x&llcornera;
&llhard;z	\u{296B}z
x&llhard;	x\u{296B}
x&lltri;#	x\u{25FA}#
&lltri 	&lltri\u{20}
Title: &lmidot;x	Title: \u{140}x
\u{65E5}&lmidot#	\u{65E5}&lmidot#
&lmoust;	\u{23B0}
x&lmoust#	x&lmoust#
&lmoustache;;;	\u{23B0};;
\u{65E5}&lmoustache=	\u{65E5}&lmoustache=
\u{65E5}&lnE;9;	\u{65E5}\u{2268}9;
&lnE<	&lnE<
&lnap;&amp;	\u{2A89}&
\u{65E5}&lnap1	\u{65E5}&lnap1
&lnapprox;&	\u{2A89}&
&lnapprox9	&lnapprox9
Title: &lne;z	Title: \u{2A87}z
\u{65E5}&lne 	\u{65E5}&lne\u{20}
Title: &lneq;#	Title: \u{2A87}#
Title: &lneq&amp;	Title: &lneq&
&lneqq;;;	\u{2268};;
&lneqq1	&lneqq1
&lnsim;<	\u{22E6}<
&lnsim9;	&lnsim9;
x&loang;&	x\u{27EC}&
&loangz	&loangz
\u{65E5}&loarr;1	\u{65E5}\u{21FD}1
x&loarr<	x&loarr<
x&lobrk;\u{E9}	x\u{27E6}\u{E9}
&lobrkX	&lobrkX
\u{65E5}&longleftarrow;<	\u{65E5}\u{27F5}<
&longleftarrow#	&longleftarrow#
\u{65E5}&longleftrightarrow;&	\u{65E5}\u{27F7}&
&longleftrightarrow&amp;	&longleftrightarrow&
\u{65E5}&longmapsto;&	\u{65E5}\u{27FC}&
&longmapsto#	&longmapsto#
\u{65E5}&longrightarrow;	\u{65E5}\u{27F6}
&longrightarrow	&longrightarrow
&looparrowleft;	\u{21AB}
&looparrowleftX	&looparrowleftX
Title: &looparrowright; 	Title: \u{21AC}\u{20}
x&looparrowright#	x&looparrowright#
\u{65E5}&lopar;&	\u{65E5}\u{2985}&
Title: &lopar;x	Title: \u{2985}x
\u{65E5}&lopf;a;	\u{65E5}\u{1D55D}a;
Title: &lopf;	Title: \u{1D55D}
&loplus;;x	\u{2A2D};x
&loplus;;	\u{2A2D};
&lotimes;X	\u{2A34}X
x&lotimes&	x&lotimes&
&lowast;z	\u{2217}z
&lowast;	\u{2217}
&lowbar;;	_;
Title: &lowbar\u{E9}	Title: &lowbar\u{E9}
Title: &loz;	Title: \u{25CA}
&lozenge;;;	\u{25CA};;
\u{65E5}&lozenge#	\u{65E5}&lozenge#
Title: &lozf;9;	Title: \u{29EB}9;
\u{65E5}&lozf#	\u{65E5}&lozf#
&lpar;#	(#
Title: &lpar\u{E9}	Title: &lpar\u{E9}
Title: &lparlt;9	Title: \u{2993}9
&lparlt;x	\u{2993}x
\u{65E5}&lrarr;x	\u{65E5}\u{21C6}x
Title: &lrarra;	Title: &lrarra;
x&lrcorner;a;	x\u{231F}a;
&lrcorner 	&lrcorner\u{20}
\u{65E5}&lrhar; 	\u{65E5}\u{21CB}\u{20}
&lrhar<	&lrhar<
Title: &lrhard;<	Title: \u{296D}<
\u{65E5}&lrhard&amp;	\u{65E5}&lrhard&
&lrm;;;	\u{200E};;
&lrmx	&lrmx
&lrtri;1	\u{22BF}1
x&lrtri=	x&lrtri=
x&lsaquo;&	x\u{2039}&
Title: &lsaquo=	Title: &lsaquo=
&lscr;&	\u{1D4C1}&
&lscr\u{E9}	&lscr\u{E9}
Title: &lsh;;;	Title: \u{21B0};;
&lshz	&lshz
Title: &lsim;;x	Title: \u{2272};x
&lsim;;	\u{2272};
&lsime;=	\u{2A8D}=
&lsimeX	&lsimeX
x&lsimg;&amp;	x\u{2A8F}&
&lsimg<	&lsimg<
\u{65E5}&lsqb;;;	\u{65E5}[;;
&lsqb	&lsqb
x&lsquo;=	x\u{2018}=
&lsquo1	&lsquo1
&lsquor;9	\u{201A}9
Title: &lsquora;	Title: &lsquora;
&lstrok;x	\u{142}x
x&lstrok;	x\u{142}
Title: &lt;;	Title: <;
Title: &lt;X	Title: <X
\u{65E5}&lt\u{E9}	\u{65E5}<\u{E9}
&ltcc;&amp;	\u{2AA6}&
\u{65E5}&ltcc;	\u{65E5}\u{2AA6}
x&ltcir;<	x\u{2A79}<
\u{65E5}&ltcirz	\u{65E5}<cirz
&ltdot;9;	\u{22D6}9;
&ltdotx	<dotx
\u{65E5}&lthree;;	\u{65E5}\u{22CB};
&lthree 	<hree\u{20}
&ltimes;&amp;	\u{22C9}&
\u{65E5}&ltimesz	\u{65E5}<imesz
&ltlarr;&	\u{2976}&
&ltlarr&amp;	<larr&
&ltquest;a;	\u{2A7B}a;
x&ltquestX	x<questX
x&ltrPar;X	x\u{2996}X
&ltrParz	<rParz
&ltri;;x	\u{25C3};x
&ltri1	<ri1
x&ltrie; 	x\u{22B4}\u{20}
Title: &ltriez	Title: <riez
&ltrif;9;	\u{25C2}9;
Title: &ltrif9	Title: <rif9
&lurdshar;;	\u{294A};
x&lurdshar	x&lurdshar
\u{65E5}&luruhar;9	\u{65E5}\u{2966}9
Title: &luruharX	Title: &luruharX
&lvertneqq;=	\u{2268}\u{FE00}=
&lvertneqq=	&lvertneqq=
x&lvnE;#	x\u{2268}\u{FE00}#
&lvnE1	&lvnE1
x&mDDot;&amp;	x\u{223A}&
&mDDot9;	&mDDot9;
&macr<	\u{AF}<
x&macr;X	x\u{AF}X
\u{65E5}&macr=	\u{65E5}\u{AF}=
Title: &male;a;	Title: \u{2642}a;
Title: &male&amp;	Title: &male&
&malt;&	\u{2720}&
Title: &malt1	Title: &malt1
Title: &maltese;a;	Title: \u{2720}a;
&maltese;;	\u{2720};
\u{65E5}&map;&	\u{65E5}\u{21A6}&
&map<	&map<
\u{65E5}&mapsto;=	\u{65E5}\u{21A6}=
x&mapsto&	x&mapsto&
&mapstodown;<	\u{21A7}<
x&mapstodown&amp;	x&mapstodown&
&mapstoleft;	\u{21A4}
\u{65E5}&mapstolefta;	\u{65E5}&mapstolefta;
Title: &mapstoup;a;	Title: \u{21A5}a;
\u{65E5}&mapstoup9	\u{65E5}&mapstoup9
&marker;	\u{25AE}
&markerz	&markerz
&mcomma;<	\u{2A29}<
Title: &mcommax	Title: &mcommax
x&mcy;z	x\u{43C}z
&mcyx	&mcyx
&mdash;;;	\u{2014};;
&mdashX	&mdashX
&measuredangle;;;	\u{2221};;
&measuredangle&amp;	&measuredangle&
\u{65E5}&mfr;a;	\u{65E5}\u{1D52A}a;
&mfr1	&mfr1
Title: &mho;X	Title: \u{2127}X
&mhox	&mhox
&micro=	\u{B5}=
&micro;&	\u{B5}&
&microx	\u{B5}x
x&mid;X	x\u{2223}X
&mid\u{E9}	&mid\u{E9}
&midast;1	*1
Title: &midast1	Title: &midast1
&midcir;=	\u{2AF0}=
&midcir9	&midcir9
&middotx	\u{B7}x
&middot;;x	\u{B7};x
Title: &middot=	Title: \u{B7}=
&minus;a;	\u{2212}a;
&minus1	&minus1
Title: &minusb;&	Title: \u{229F}&
\u{65E5}&minusb1	\u{65E5}&minusb1
\u{65E5}&minusd;1	\u{65E5}\u{2238}1
&minusd&amp;	&minusd&
x&minusdu;<	x\u{2A2A}<
Title: &minusdux	Title: &minusdux
Title: &mlcp;<	Title: \u{2ADB}<
&mlcp;	\u{2ADB}
Title: &mldr;<	Title: \u{2026}<
Title: &mldra;	Title: &mldra;
Title: &mnplus;x	Title: \u{2213}x
x&mnplus;	x\u{2213}
&models;1	\u{22A7}1
&models9;	&models9;
\u{65E5}&mopf;9	\u{65E5}\u{1D55E}9
\u{65E5}&mopf\u{E9}	\u{65E5}&mopf\u{E9}
&mp;z	\u{2213}z
&mp9;	&mp9;
x&mscr;;x	x\u{1D4C2};x
&mscr&	&mscr&
&mstpos;1	\u{223E}1
&mstposa;	&mstposa;
&mu;z	\u{3BC}z
Title: &muX	Title: &muX
Title: &multimap; 	Title: \u{22B8}\u{20}
&multimap;x	\u{22B8}x
&mumap;#	\u{22B8}#
&mumap;;	\u{22B8};
\u{65E5}&nGg;9;	\u{65E5}\u{22D9}\u{338}9;
\u{65E5}&nGg&amp;	\u{65E5}&nGg&
x&nGt; 	x\u{226B}\u{20D2}\u{20}
Title: &nGt9;	Title: &nGt9;
x&nGtv;a;	x\u{226B}\u{338}a;
Title: &nGtva;	Title: &nGtva;
\u{65E5}&nLeftarrow;9;	\u{65E5}\u{21CD}9;
&nLeftarrow\u{E9}	&nLeftarrow\u{E9}
&nLeftrightarrow;<	\u{21CE}<
&nLeftrightarrow&amp;	&nLeftrightarrow&
&nLl;9;	\u{22D8}\u{338}9;
&nLlz	&nLlz
\u{65E5}&nLt;x	\u{65E5}\u{226A}\u{20D2}x
&nLt9	&nLt9
x&nLtv;<	x\u{226A}\u{338}<
\u{65E5}&nLtv<	\u{65E5}&nLtv<
&nRightarrow;X	\u{21CF}X
Title: &nRightarrow9	Title: &nRightarrow9
&nVDash;a;	\u{22AF}a;
x&nVDash9	x&nVDash9
Title: &nVdash; 	Title: \u{22AE}\u{20}
\u{65E5}&nVdash&amp;	\u{65E5}&nVdash&
Title: &nabla; 	Title: \u{2207}\u{20}
&nablaz	&nablaz
x&nacute;1	x\u{144}1
Title: &nacutex	Title: &nacutex
&nang;x	\u{2220}\u{20D2}x
&nang&amp;	&nang&
&nap;\u{E9}	\u{2249}\u{E9}
&nap 	&nap\u{20}
&napE;9;	\u{2A70}\u{338}9;
&napE;x	\u{2A70}\u{338}x
&napid;9;	\u{224B}\u{338}9;
&napid;	\u{224B}\u{338}
&napos;;;	\u{149};;
x&naposz	x&naposz
x&napprox;x	x\u{2249}x
Title: &napprox\u{E9}	Title: &napprox\u{E9}
&natur;9	\u{266E}9
x&natur&	x&natur&
Title: &natural;=	Title: \u{266E}=
\u{65E5}&natural9	\u{65E5}&natural9
Title: &naturals;\u{E9}	Title: \u{2115}\u{E9}
\u{65E5}&naturals&amp;	\u{65E5}&naturals&
Title: &nbsp;	Title: \u{A0}
x&nbsp;=	x\u{A0}=
\u{65E5}&nbsp&amp;	\u{65E5}\u{A0}&
Title: &nbump;&	Title: \u{224E}\u{338}&
&nbumpz	&nbumpz
&nbumpe;9;	\u{224F}\u{338}9;
Title: &nbumpea;	Title: &nbumpea;
\u{65E5}&ncap;<	\u{65E5}\u{2A43}<
x&ncap\u{E9}	x&ncap\u{E9}
Title: &ncaron;9;	Title: \u{148}9;
&ncaron9;	&ncaron9;
&ncedil;1	\u{146}1
&ncedil9	&ncedil9
&ncong;#	\u{2247}#
x&ncong&	x&ncong&
Title: &ncongdot;\u{E9}	Title: \u{2A6D}\u{338}\u{E9}
&ncongdot;x	\u{2A6D}\u{338}x
&ncup;;	\u{2A42};
\u{65E5}&ncup<	\u{65E5}&ncup<
x&ncy;1	x\u{43D}1
Title: &ncy&amp;	Title: &ncy&
Title: &ndash;;x	Title: \u{2013};x
\u{65E5}&ndash	\u{65E5}&ndash
&ne;1	\u{2260}1
&nez	&nez
&neArr;a;	\u{21D7}a;
Title: &neArr9	Title: &neArr9
&nearhk; 	\u{2924}\u{20}
x&nearhk	x&nearhk
x&nearr;z	x\u{2197}z
x&nearr#	x&nearr#
&nearrow;z	\u{2197}z
x&nearrow;x	x\u{2197}x
&nedot;a;	\u{2250}\u{338}a;
x&nedot9	x&nedot9
\u{65E5}&nequiv;;	\u{65E5}\u{2262};
x&nequiv;	x\u{2262}
&nesear;z	\u{2928}z
\u{65E5}&nesearz	\u{65E5}&nesearz
&nesim;#	\u{2242}\u{338}#
&nesim9	&nesim9
&nexist;;x	\u{2204};x
&nexist;	\u{2204}
&nexists;&amp;	\u{2204}&
&nexists 	&nexists\u{20}
x&nfr;	x\u{1D52B}
&nfrz	&nfrz
Title: &ngE;&	Title: \u{2267}\u{338}&
Title: &ngE 	Title: &ngE\u{20}
&nge;<	\u{2271}<
\u{65E5}&nge&amp;	\u{65E5}&nge&
Title: &ngeq;#	Title: \u{2271}#
\u{65E5}&ngeq 	\u{65E5}&ngeq\u{20}
\u{65E5}&ngeqq;9	\u{65E5}\u{2267}\u{338}9
x&ngeqq#	x&ngeqq#
\u{65E5}&ngeqslant;#	\u{65E5}\u{2A7E}\u{338}#
&ngeqslant;	\u{2A7E}\u{338}
&nges;x	\u{2A7E}\u{338}x
&nges#	&nges#
Title: &ngsim;\u{E9}	Title: \u{2275}\u{E9}
&ngsim9	&ngsim9
\u{65E5}&ngt; 	\u{65E5}\u{226F}\u{20}
Title: &ngt;x	Title: \u{226F}x
\u{65E5}&ngtr;x	\u{65E5}\u{226F}x
Title: &ngtra;	Title: &ngtra;
\u{65E5}&nhArr;&amp;	\u{65E5}\u{21CE}&
\u{65E5}&nhArr#	\u{65E5}&nhArr#
Title: &nharr;;x	Title: \u{21AE};x
&nharrx	&nharrx
Title: &nhpar;<	Title: \u{2AF2}<
\u{65E5}&nhpar\u{E9}	\u{65E5}&nhpar\u{E9}
\u{65E5}&ni;;	\u{65E5}\u{220B};
\u{65E5}&ni9;	\u{65E5}&ni9;
&nis;#	\u{22FC}#
&nis	&nis
\u{65E5}&nisd;1	\u{65E5}\u{22FA}1
&nisd<	&nisd<
x&niv;X	x\u{220B}X
Title: &niv&amp;	Title: &niv&
&njcy;;	\u{45A};
&njcy\u{E9}	&njcy\u{E9}
&nlArr;z	\u{21CD}z
x&nlArr9	x&nlArr9
\u{65E5}&nlE;;	\u{65E5}\u{2266}\u{338};
&nlE&amp;	&nlE&
x&nlarr;=	x\u{219A}=
&nlarr9;	&nlarr9;
\u{65E5}&nldr;;x	\u{65E5}\u{2025};x
x&nldr=	x&nldr=
x&nle;<	x\u{2270}<
\u{65E5}&nle<	\u{65E5}&nle<
&nleftarrow;\u{E9}	\u{219A}\u{E9}
\u{65E5}&nleftarrow\u{E9}	\u{65E5}&nleftarrow\u{E9}
x&nleftrightarrow;\u{E9}	x\u{21AE}\u{E9}
Title: &nleftrightarrow\u{E9}	Title: &nleftrightarrow\u{E9}
Title: &nleq;#	Title: \u{2270}#
&nleq&	&nleq&
x&nleqq;x	x\u{2266}\u{338}x
Title: &nleqqx	Title: &nleqqx
&nleqslant;;	\u{2A7D}\u{338};
\u{65E5}&nleqslant&	\u{65E5}&nleqslant&
&nles;#	\u{2A7D}\u{338}#
&nlesa;	&nlesa;
Title: &nless;;x	Title: \u{226E};x
&nless;x	\u{226E}x
\u{65E5}&nlsim;1	\u{65E5}\u{2274}1
&nlsim=	&nlsim=
&nlt;&	\u{226E}&
&nlt 	&nlt\u{20}
&nltri; 	\u{22EA}\u{20}
&nltri9	&nltri9
\u{65E5}&nltrie;z	\u{65E5}\u{22EC}z
&nltriez	&nltriez
\u{65E5}&nmid;<	\u{65E5}\u{2224}<
&nmid9;	&nmid9;
&nopf;\u{E9}	\u{1D55F}\u{E9}
\u{65E5}&nopf<	\u{65E5}&nopf<
x&not=	x\u{AC}=
x&not;#	x\u{AC}#
\u{65E5}&not 	\u{65E5}\u{AC}\u{20}
\u{65E5}&notin;;x	\u{65E5}\u{2209};x
&notin#	\u{AC}in#
&notinE;X	\u{22F9}\u{338}X
&notinEz	\u{AC}inEz
\u{65E5}&notindot;#	\u{65E5}\u{22F5}\u{338}#
&notindotz	\u{AC}indotz
&notinva;;;	\u{2209};;
\u{65E5}&notinva=	\u{65E5}\u{AC}inva=
&notinvb;X	\u{22F7}X
Title: &notinvb#	Title: \u{AC}invb#
\u{65E5}&notinvc;;x	\u{65E5}\u{22F6};x
&notinvc9;	\u{AC}invc9;
\u{65E5}&notni;9;	\u{65E5}\u{220C}9;
x&notni=	x\u{AC}ni=
x&notniva;9	x\u{220C}9
x&notniva&amp;	x\u{AC}niva&
Title: &notnivb;a;	Title: \u{22FE}a;
&notnivb=	\u{AC}nivb=
Title: &notnivc;&amp;	Title: \u{22FD}&
&notnivcX	\u{AC}nivcX
&npar;;x	\u{2226};x
Title: &nparx	Title: &nparx
\u{65E5}&nparallel;z	\u{65E5}\u{2226}z
&nparallelz	&nparallelz
Title: &nparsl;z	Title: \u{2AFD}\u{20E5}z
&nparsl9	&nparsl9
&npart;1	\u{2202}\u{338}1
&npartX	&npartX
x&npolint;&	x\u{2A14}&
\u{65E5}&npolint&amp;	\u{65E5}&npolint&
x&npr;x	x\u{2280}x
\u{65E5}&npra;	\u{65E5}&npra;
Title: &nprcue;X	Title: \u{22E0}X
Title: &nprcuea;	Title: &nprcuea;
\u{65E5}&npre;x	\u{65E5}\u{2AAF}\u{338}x
Title: &npre&amp;	Title: &npre&
x&nprec;;	x\u{2280};
\u{65E5}&nprecx	\u{65E5}&nprecx
x&npreceq;\u{E9}	x\u{2AAF}\u{338}\u{E9}
\u{65E5}&npreceq9;	\u{65E5}&npreceq9;
&nrArr;9;	\u{21CF}9;
\u{65E5}&nrArr;	\u{65E5}\u{21CF}
Title: &nrarr;;	Title: \u{219B};
&nrarr=	&nrarr=
&nrarrc;<	\u{2933}\u{338}<
x&nrarrca;	x&nrarrca;
\u{65E5}&nrarrw;9	\u{65E5}\u{219D}\u{338}9
&nrarrw=	&nrarrw=
x&nrightarrow;;	x\u{219B};
x&nrightarrowz	x&nrightarrowz
\u{65E5}&nrtri;&	\u{65E5}\u{22EB}&
&nrtri;	\u{22EB}
&nrtrie;&	\u{22ED}&
&nrtriea;	&nrtriea;
Title: &nsc;;x	Title: \u{2281};x
x&nsc 	x&nsc\u{20}
Title: &nsccue;9;	Title: \u{22E1}9;
x&nsccuez	x&nsccuez
Title: &nsce;&amp;	Title: \u{2AB0}\u{338}&
&nsce#	&nsce#
\u{65E5}&nscr;a;	\u{65E5}\u{1D4C3}a;
&nscr&	&nscr&
&nshortmid;	\u{2224}
&nshortmid1	&nshortmid1
x&nshortparallel;9	x\u{2226}9
x&nshortparallel&amp;	x&nshortparallel&
x&nsim;=	x\u{2241}=
&nsim 	&nsim\u{20}
&nsime;9;	\u{2244}9;
&nsime#	&nsime#
&nsimeq;x	\u{2244}x
\u{65E5}&nsimeqX	\u{65E5}&nsimeqX
&nsmid;;;	\u{2224};;
Title: &nsmid<	Title: &nsmid<
\u{65E5}&nspar;9;	\u{65E5}\u{2226}9;
&nspara;	&nspara;
&nsqsube;z	\u{22E2}z
&nsqsube;	\u{22E2}
Title: &nsqsupe;;x	Title: \u{22E3};x
&nsqsupe 	&nsqsupe\u{20}
Title: &nsub;&amp;	Title: \u{2284}&
Title: &nsub&amp;	Title: &nsub&
\u{65E5}&nsubE;;x	\u{65E5}\u{2AC5}\u{338};x
x&nsubE=	x&nsubE=
\u{65E5}&nsube;;	\u{65E5}\u{2288};
x&nsube<	x&nsube<
\u{65E5}&nsubset;a;	\u{65E5}\u{2282}\u{20D2}a;
&nsubsetx	&nsubsetx
&nsubseteq;&	\u{2288}&
&nsubseteqa;	&nsubseteqa;
Title: &nsubseteqq;	Title: \u{2AC5}\u{338}
Title: &nsubseteqq&amp;	Title: &nsubseteqq&
\u{65E5}&nsucc;&amp;	\u{65E5}\u{2281}&
\u{65E5}&nsucc;x	\u{65E5}\u{2281}x
&nsucceq; 	\u{2AB0}\u{338}\u{20}
x&nsucceq;	x\u{2AB0}\u{338}
&nsup;;;	\u{2285};;
Title: &nsup;x	Title: \u{2285}x
&nsupE;a;	\u{2AC6}\u{338}a;
\u{65E5}&nsupE#	\u{65E5}&nsupE#
&nsupe;&	\u{2289}&
\u{65E5}&nsupez	\u{65E5}&nsupez
&nsupset;&	\u{2283}\u{20D2}&
&nsupset<	&nsupset<
&nsupseteq;1	\u{2289}1
x&nsupseteqX	x&nsupseteqX
x&nsupseteqq;;;	x\u{2AC6}\u{338};;
&nsupseteqqx	&nsupseteqqx
&ntgl;\u{E9}	\u{2279}\u{E9}
\u{65E5}&ntgl&	\u{65E5}&ntgl&
\u{65E5}&ntilde1	\u{65E5}\u{F1}1
&ntilde;9;	\u{F1}9;
\u{65E5}&ntildex	\u{65E5}\u{F1}x
&ntlg;;;	\u{2278};;
Title: &ntlg;;	Title: \u{2278};
\u{65E5}&ntriangleleft;\u{E9}	\u{65E5}\u{22EA}\u{E9}
&ntriangleleft1	&ntriangleleft1
x&ntrianglelefteq;	x\u{22EC}
\u{65E5}&ntrianglelefteq;x	\u{65E5}\u{22EC}x
&ntriangleright;1	\u{22EB}1
\u{65E5}&ntriangleright9	\u{65E5}&ntriangleright9
&ntrianglerighteq;	\u{22ED}
x&ntrianglerighteq&	x&ntrianglerighteq&
Title: &nu;&amp;	Title: \u{3BD}&
\u{65E5}&nu&amp;	\u{65E5}&nu&
\u{65E5}&num;9;	\u{65E5}#9;
&num;x	#x
\u{65E5}&numero; 	\u{65E5}\u{2116}\u{20}
&numero\u{E9}	&numero\u{E9}
&numsp;	\u{2007}
x&numsp;;	x\u{2007};
&nvDash;1	\u{22AD}1
&nvDash<	&nvDash<
&nvHarr;1	\u{2904}1
&nvHarr&	&nvHarr&
Title: &nvap; 	Title: \u{224D}\u{20D2}\u{20}
Title: &nvap&amp;	Title: &nvap&
&nvdash;;x	\u{22AC};x
\u{65E5}&nvdash9	\u{65E5}&nvdash9
&nvge;<	\u{2265}\u{20D2}<
&nvge#	&nvge#
x&nvgt;1	x>\u{20D2}1
&nvgt9;	&nvgt9;
&nvinfin;9;	\u{29DE}9;
\u{65E5}&nvinfin;	\u{65E5}\u{29DE}
&nvlArr;&amp;	\u{2902}&
&nvlArrx	&nvlArrx
\u{65E5}&nvle;;;	\u{65E5}\u{2264}\u{20D2};;
&nvleX	&nvleX
\u{65E5}&nvlt;z	\u{65E5}<\u{20D2}z
Title: &nvlt9	Title: &nvlt9
&nvltrie;;;	\u{22B4}\u{20D2};;
\u{65E5}&nvltrie1	\u{65E5}&nvltrie1
&nvrArr;#	\u{2903}#
\u{65E5}&nvrArr#	\u{65E5}&nvrArr#
Title: &nvrtrie;=	Title: \u{22B5}\u{20D2}=
x&nvrtrie#	x&nvrtrie#
&nvsim;\u{E9}	\u{223C}\u{20D2}\u{E9}
&nvsim9;	&nvsim9;
x&nwArr;a;	x\u{21D6}a;
x&nwArr 	x&nwArr\u{20}
&nwarhk;x	\u{2923}x
x&nwarhk	x&nwarhk
&nwarr;&	\u{2196}&
Title: &nwarr\u{E9}	Title: &nwarr\u{E9}
x&nwarrow;\u{E9}	x\u{2196}\u{E9}
&nwarrow<	&nwarrow<
&nwnear;;x	\u{2927};x
&nwnear<	&nwnear<
&oS;	\u{24C8}
\u{65E5}&oS\u{E9}	\u{65E5}&oS\u{E9}
&oacute 	\u{F3}\u{20}
Title: &oacute;9	Title: \u{F3}9
&oacute;x	\u{F3}x
&oast;;	\u{229B};
\u{65E5}&oast1	\u{65E5}&oast1
Title: &ocir;x	Title: \u{229A}x
&ocir=	&ocir=
Title: &ocircx	Title: \u{F4}x
\u{65E5}&ocirc;z	\u{65E5}\u{F4}z
Title: &ocirc;;	Title: \u{F4};
&ocy;\u{E9}	\u{43E}\u{E9}
&ocy	&ocy
&odash;=	\u{229D}=
x&odash;;	x\u{229D};
x&odblac;;x	x\u{151};x
\u{65E5}&odblac&amp;	\u{65E5}&odblac&
&odiv;;x	\u{2A38};x
&odiv;x	\u{2A38}x
\u{65E5}&odot;;x	\u{65E5}\u{2299};x
&odot<	&odot<
&odsold;	\u{29BC}
x&odsold&amp;	x&odsold&
&oelig;9	\u{153}9
\u{65E5}&oeligx	\u{65E5}&oeligx
x&ofcir;x	x\u{29BF}x
\u{65E5}&ofcira;	\u{65E5}&ofcira;
x&ofr;z	x\u{1D52C}z
Title: &ofr 	Title: &ofr\u{20}
\u{65E5}&ogon;	\u{65E5}\u{2DB}
x&ogon9	x&ogon9
&ograve#	\u{F2}#
&ograve;=	\u{F2}=
&ogravex	\u{F2}x
Title: &ogt;;x	Title: \u{29C1};x
\u{65E5}&ogtX	\u{65E5}&ogtX
Title: &ohbar;;x	Title: \u{29B5};x
&ohbar;;	\u{29B5};
Title: &ohm;&	Title: \u{3A9}&
Title: &ohm1	Title: &ohm1
&oint;X	\u{222E}X
Title: &oint;	Title: \u{222E}
&olarr;9	\u{21BA}9
&olarr;;	\u{21BA};
&olcir;9	\u{29BE}9
\u{65E5}&olcir9;	\u{65E5}&olcir9;
\u{65E5}&olcross;	\u{65E5}\u{29BB}
&olcrossa;	&olcrossa;
Title: &oline;<	Title: \u{203E}<
\u{65E5}&oline;;	\u{65E5}\u{203E};
&olt;x	\u{29C0}x
&olt<	&olt<
&omacr;	\u{14D}
\u{65E5}&omacr=	\u{65E5}&omacr=
\u{65E5}&omega;;	\u{65E5}\u{3C9};
&omega;	\u{3C9}
\u{65E5}&omicron;&amp;	\u{65E5}\u{3BF}&
Title: &omicron;x	Title: \u{3BF}x
&omid;1	\u{29B6}1
&omidz	&omidz
&ominus;;x	\u{2296};x
Title: &ominusa;	Title: &ominusa;
\u{65E5}&oopf;\u{E9}	\u{65E5}\u{1D560}\u{E9}
Title: &oopf=	Title: &oopf=
&opar;;	\u{29B7};
&opar;x	\u{29B7}x
Title: &operp;X	Title: \u{29B9}X
&operp9;	&operp9;
&oplus;\u{E9}	\u{2295}\u{E9}
&oplus;x	\u{2295}x
&or;9;	\u{2228}9;
Title: &or9	Title: &or9
&orarr;;	\u{21BB};
Title: &orarr=	Title: &orarr=
\u{65E5}&ord; 	\u{65E5}\u{2A5D}\u{20}
&ord=	&ord=
\u{65E5}&order;\u{E9}	\u{65E5}\u{2134}\u{E9}
x&orderX	x&orderX
\u{65E5}&orderof;;	\u{65E5}\u{2134};
\u{65E5}&orderof=	\u{65E5}&orderof=
Title: &ordfx	Title: \u{AA}x
x&ordf;1	x\u{AA}1
x&ordf9;	x\u{AA}9;
&ordm#	\u{BA}#
\u{65E5}&ordm;<	\u{65E5}\u{BA}<
\u{65E5}&ordm1	\u{65E5}\u{BA}1
&origof;;x	\u{22B6};x
&origof<	&origof<
\u{65E5}&oror;;	\u{65E5}\u{2A56};
&ororx	&ororx
\u{65E5}&orslope;#	\u{65E5}\u{2A57}#
Title: &orslope<	Title: &orslope<
&orv;z	\u{2A5B}z
&orv<	&orv<
Title: &oscr;;	Title: \u{2134};
&oscr;;	\u{2134};
Title: &oslash;x	Title: \u{F8}x
&oslash;=	\u{F8}=
&oslash<	\u{F8}<
Title: &osol; 	Title: \u{2298}\u{20}
&osola;	&osola;
&otilde	\u{F5}
\u{65E5}&otilde;9;	\u{65E5}\u{F5}9;
x&otilde;;	x\u{F5};
&otimes;9	\u{2297}9
&otimes;;	\u{2297};
x&otimesas;#	x\u{2A36}#
&otimesasX	&otimesasX
&ouml 	\u{F6}\u{20}
&ouml;X	\u{F6}X
&oumlX	\u{F6}X
x&ovbar;z	x\u{233D}z
&ovbara;	&ovbara;
Title: &par;&	Title: \u{2225}&
&par\u{E9}	&par\u{E9}
\u{65E5}&para&	\u{65E5}\u{B6}&
\u{65E5}&para;;x	\u{65E5}\u{B6};x
&para;x	\u{B6}x
&parallel; 	\u{2225}\u{20}
&parallela;	\u{B6}llela;
&parsim;&	\u{2AF3}&
x&parsima;	x&parsima;
&parsl;9;	\u{2AFD}9;
\u{65E5}&parsl;	\u{65E5}\u{2AFD}
&part;;;	\u{2202};;
Title: &part9;	Title: &part9;
x&pcy;X	x\u{43F}X
x&pcy&	x&pcy&
&percnt;9;	%9;
Title: &percnt;;	Title: %;
Title: &period;;	Title: .;
\u{65E5}&period1	\u{65E5}&period1
Title: &permil;;x	Title: \u{2030};x
x&permil9	x&permil9
x&perp;#	x\u{22A5}#
x&perp#	x&perp#
&pertenk;1	\u{2031}1
&pertenk	&pertenk
&pfr;&amp;	\u{1D52D}&
\u{65E5}&pfr=	\u{65E5}&pfr=
\u{65E5}&phi;<	\u{65E5}\u{3C6}<
&phi 	&phi\u{20}
x&phiv; 	x\u{3D5}\u{20}
Title: &phiv\u{E9}	Title: &phiv\u{E9}
x&phmmat;X	x\u{2133}X
&phmmat=	&phmmat=
x&phone;	x\u{260E}
Title: &phone;;	Title: \u{260E};
Title: &pi;\u{E9}	Title: \u{3C0}\u{E9}
Title: &pi9;	Title: &pi9;
&pitchfork;X	\u{22D4}X
&pitchfork 	&pitchfork\u{20}
&piv;;	\u{3D6};
&piv#	&piv#
\u{65E5}&planck;z	\u{65E5}\u{210F}z
\u{65E5}&planckz	\u{65E5}&planckz
&planckh;1	\u{210E}1
\u{65E5}&planckh9;	\u{65E5}&planckh9;
&plankv;9	\u{210F}9
Title: &plankv1	Title: &plankv1
\u{65E5}&plus; 	\u{65E5}+\u{20}
\u{65E5}&plusa;	\u{65E5}&plusa;
&plusacir;&	\u{2A23}&
&plusacir	&plusacir
\u{65E5}&plusb;=	\u{65E5}\u{229E}=
\u{65E5}&plusb;	\u{65E5}\u{229E}
\u{65E5}&pluscir;&amp;	\u{65E5}\u{2A22}&
&pluscir;	\u{2A22}
&plusdo;1	\u{2214}1
x&plusdo1	x&plusdo1
&plusdu;;x	\u{2A25};x
&plusdu;x	\u{2A25}x
&pluse;;;	\u{2A72};;
x&pluse	x&pluse
&plusmn<	\u{B1}<
\u{65E5}&plusmn;x	\u{65E5}\u{B1}x
\u{65E5}&plusmn1	\u{65E5}\u{B1}1
x&plussim;9;	x\u{2A26}9;
&plussimz	&plussimz
Title: &plustwo;\u{E9}	Title: \u{2A27}\u{E9}
&plustwo9	&plustwo9
&pm;#	\u{B1}#
&pm<	&pm<
&pointint;\u{E9}	\u{2A15}\u{E9}
\u{65E5}&pointint;x	\u{65E5}\u{2A15}x
&popf;X	\u{1D561}X
&popf;x	\u{1D561}x
&pound9;	\u{A3}9;
\u{65E5}&pound; 	\u{65E5}\u{A3}\u{20}
\u{65E5}&poundx	\u{65E5}\u{A3}x
&pr;;	\u{227A};
&pr 	&pr\u{20}
&prE;x	\u{2AB3}x
\u{65E5}&prE;	\u{65E5}\u{2AB3}
&prap;a;	\u{2AB7}a;
&prapa;	&prapa;
&prcue;;;	\u{227C};;
\u{65E5}&prcue 	\u{65E5}&prcue\u{20}
x&pre;9	x\u{2AAF}9
&pre 	&pre\u{20}
&prec;X	\u{227A}X
\u{65E5}&prec	\u{65E5}&prec
&precapprox;<	\u{2AB7}<
Title: &precapprox;x	Title: \u{2AB7}x
&preccurlyeq;<	\u{227C}<
&preccurlyeq9	&preccurlyeq9
\u{65E5}&preceq;#	\u{65E5}\u{2AAF}#
&preceq	&preceq
x&precnapprox;=	x\u{2AB9}=
&precnapprox;x	\u{2AB9}x
\u{65E5}&precneqq;\u{E9}	\u{65E5}\u{2AB5}\u{E9}
Title: &precneqq1	Title: &precneqq1
&precnsim;a;	\u{22E8}a;
&precnsim&amp;	&precnsim&
&precsim;;;	\u{227E};;
x&precsim;x	x\u{227E}x
&prime;=	\u{2032}=
&primex	&primex
x&primes;9	x\u{2119}9
\u{65E5}&primesx	\u{65E5}&primesx
x&prnE;&	x\u{2AB5}&
\u{65E5}&prnE=	\u{65E5}&prnE=
&prnap;&amp;	\u{2AB9}&
Title: &prnap&	Title: &prnap&
x&prnsim;;;	x\u{22E8};;
Title: &prnsimz	Title: &prnsimz
x&prod;9;	x\u{220F}9;
&prod&amp;	&prod&
\u{65E5}&profalar;&	\u{65E5}\u{232E}&
\u{65E5}&profalar9;	\u{65E5}&profalar9;
&profline;=	\u{2312}=
&proflinex	&proflinex
Title: &profsurf;;x	Title: \u{2313};x
&profsurf&amp;	&profsurf&
x&prop;&	x\u{221D}&
\u{65E5}&prop;;	\u{65E5}\u{221D};
&propto;z	\u{221D}z
Title: &propto&amp;	Title: &propto&
Title: &prsim;1	Title: \u{227E}1
&prsim<	&prsim<
&prurel;x	\u{22B0}x
&prurel&	&prurel&
Title: &pscr;;	Title: \u{1D4C5};
&pscr;x	\u{1D4C5}x
Title: &psi;x	Title: \u{3C8}x
\u{65E5}&psi 	\u{65E5}&psi\u{20}
&puncsp;;;	\u{2008};;
&puncspz	&puncspz
Title: &qfr;x	Title: \u{1D52E}x
Title: &qfr9	Title: &qfr9
x&qint;z	x\u{2A0C}z
&qint1	&qint1
Title: &qopf;9	Title: \u{1D562}9
\u{65E5}&qopf;;	\u{65E5}\u{1D562};
&qprime;=	\u{2057}=
Title: &qprimex	Title: &qprimex
x&qscr;z	x\u{1D4C6}z
Title: &qscra;	Title: &qscra;
&quaternions;#	\u{210D}#
\u{65E5}&quaternions9;	\u{65E5}&quaternions9;
&quatint;;x	\u{2A16};x
Title: &quatint9	Title: &quatint9
x&quest;\u{E9}	x?\u{E9}
&quest\u{E9}	&quest\u{E9}
&questeq;#	\u{225F}#
&questeq;;	\u{225F};
x&quotX	x\u{22}X
&quot;9	\u{22}9
&quot1	\u{22}1
&rAarr;a;	\u{21DB}a;
\u{65E5}&rAarr<	\u{65E5}&rAarr<
x&rArr;	x\u{21D2}
&rArr;	\u{21D2}
Title: &rAtail;9;	Title: \u{291C}9;
x&rAtail\u{E9}	x&rAtail\u{E9}
&rBarr;#	\u{290F}#
&rBarr9;	&rBarr9;
x&rHar;1	x\u{2964}1
&rHarx	&rHarx
&race;\u{E9}	\u{223D}\u{331}\u{E9}
&race	&race
Title: &racute;=	Title: \u{155}=
&racutez	&racutez
Title: &radic;9	Title: \u{221A}9
&radic 	&radic\u{20}
&raemptyv;;	\u{29B3};
&raemptyv&amp;	&raemptyv&
Title: &rang;a;	Title: \u{27E9}a;
\u{65E5}&rang#	\u{65E5}&rang#
&rangd;	\u{2992}
x&rangd;x	x\u{2992}x
Title: &range;z	Title: \u{29A5}z
Title: &range1	Title: &range1
Title: &rangle; 	Title: \u{27E9}\u{20}
&rangle9;	&rangle9;
x&raquo#	x\u{BB}#
&raquo;=	\u{BB}=
x&raquoX	x\u{BB}X
Title: &rarr;X	Title: \u{2192}X
&rarr	&rarr
&rarrap;;	\u{2975};
\u{65E5}&rarrap<	\u{65E5}&rarrap<
&rarrb;;	\u{21E5};
&rarrb&	&rarrb&
Title: &rarrbfs;z	Title: \u{2920}z
&rarrbfsx	&rarrbfsx
&rarrc;;x	\u{2933};x
&rarrc;;	\u{2933};
&rarrfs;;x	\u{291E};x
&rarrfsz	&rarrfsz
&rarrhk;1	\u{21AA}1
x&rarrhk&	x&rarrhk&
&rarrlp;z	\u{21AC}z
x&rarrlp1	x&rarrlp1
&rarrpl;	\u{2945}
Title: &rarrpl<	Title: &rarrpl<
&rarrsim;x	\u{2974}x
x&rarrsim9;	x&rarrsim9;
Title: &rarrtl;a;	Title: \u{21A3}a;
\u{65E5}&rarrtlx	\u{65E5}&rarrtlx
Title: &rarrw;=	Title: \u{219D}=
\u{65E5}&rarrw;x	\u{65E5}\u{219D}x
&ratail;=	\u{291A}=
Title: &ratail1	Title: &ratail1
\u{65E5}&ratio; 	\u{65E5}\u{2236}\u{20}
x&ratio9;	x&ratio9;
x&rationals;9	x\u{211A}9
\u{65E5}&rationals\u{E9}	\u{65E5}&rationals\u{E9}
&rbarr;&	\u{290D}&
&rbarr9;	&rbarr9;
&rbbrk;a;	\u{2773}a;
&rbbrk;x	\u{2773}x
Title: &rbrace; 	Title: }\u{20}
Title: &rbrace;x	Title: }x
Title: &rbrack;\u{E9}	Title: ]\u{E9}
\u{65E5}&rbrack9;	\u{65E5}&rbrack9;
&rbrke; 	\u{298C}\u{20}
x&rbrkea;	x&rbrkea;
&rbrksld;<	\u{298E}<
x&rbrksld#	x&rbrksld#
Title: &rbrkslu;&amp;	Title: \u{2990}&
x&rbrkslu<	x&rbrkslu<
Title: &rcaron;	Title: \u{159}
Title: &rcarona;	Title: &rcarona;
&rcedil;&	\u{157}&
&rcedil;;	\u{157};
&rceil;&	\u{2309}&
x&rceil#	x&rceil#
Title: &rcub;\u{E9}	Title: }\u{E9}
Title: &rcub9;	Title: &rcub9;
&rcy; 	\u{440}\u{20}
&rcy1	&rcy1
&rdca;9	\u{2937}9
&rdca<	&rdca<
&rdldhar; 	\u{2969}\u{20}
&rdldhar9;	&rdldhar9;
\u{65E5}&rdquo;;;	\u{65E5}\u{201D};;
&rdquo 	&rdquo\u{20}
Title: &rdquor;x	Title: \u{201D}x
&rdquora;	&rdquora;
&rdsh;\u{E9}	\u{21B3}\u{E9}
&rdsh9;	&rdsh9;
&real;;x	\u{211C};x
&real 	&real\u{20}
&realine;&	\u{211B}&
Title: &realine&amp;	Title: &realine&
&realpart;9	\u{211C}9
\u{65E5}&realpartx	\u{65E5}&realpartx
\u{65E5}&reals;#	\u{65E5}\u{211D}#
Title: &reals 	Title: &reals\u{20}
x&rect;&amp;	x\u{25AD}&
Title: &rect9	Title: &rect9
&reg	\u{AE}
\u{65E5}&reg;;	\u{65E5}\u{AE};
x&reg;x	x\u{AE}x
\u{65E5}&rfisht;a;	\u{65E5}\u{297D}a;
&rfisht9	&rfisht9
\u{65E5}&rfloor;;x	\u{65E5}\u{230B};x
Title: &rfloor=	Title: &rfloor=
&rfr;<	\u{1D52F}<
x&rfra;	x&rfra;
\u{65E5}&rhard;9	\u{65E5}\u{21C1}9
&rhard9	&rhard9
&rharu;&	\u{21C0}&
Title: &rharu<	Title: &rharu<
&rharul;1	\u{296C}1
\u{65E5}&rharul9;	\u{65E5}&rharul9;
&rho;9;	\u{3C1}9;
\u{65E5}&rhoz	\u{65E5}&rhoz
&rhov;z	\u{3F1}z
\u{65E5}&rhov&	\u{65E5}&rhov&
\u{65E5}&rightarrow;9	\u{65E5}\u{2192}9
&rightarrow<	&rightarrow<
&rightarrowtail;X	\u{21A3}X
x&rightarrowtail1	x&rightarrowtail1
Title: &rightharpoondown; 	Title: \u{21C1}\u{20}
&rightharpoondown\u{E9}	&rightharpoondown\u{E9}
Title: &rightharpoonup; 	Title: \u{21C0}\u{20}
&rightharpoonup\u{E9}	&rightharpoonup\u{E9}
Title: &rightleftarrows;&	Title: \u{21C4}&
\u{65E5}&rightleftarrows<	\u{65E5}&rightleftarrows<
\u{65E5}&rightleftharpoons;;;	\u{65E5}\u{21CC};;
Title: &rightleftharpoons=	Title: &rightleftharpoons=
Title: &rightrightarrows;;x	Title: \u{21C9};x
x&rightrightarrows;;	x\u{21C9};
&rightsquigarrow;;;	\u{219D};;
\u{65E5}&rightsquigarrow=	\u{65E5}&rightsquigarrow=
&rightthreetimes;z	\u{22CC}z
&rightthreetimes=	&rightthreetimes=
x&ring;;x	x\u{2DA};x
x&ring;x	x\u{2DA}x
Title: &risingdotseq;x	Title: \u{2253}x
&risingdotseqa;	&risingdotseqa;
x&rlarr;<	x\u{21C4}<
Title: &rlarr;;	Title: \u{21C4};
x&rlhar;;x	x\u{21CC};x
x&rlhar	x&rlhar
\u{65E5}&rlm;;x	\u{65E5}\u{200F};x
&rlm;	\u{200F}
&rmoust;9;	\u{23B1}9;
Title: &rmousta;	Title: &rmousta;
x&rmoustache;&amp;	x\u{23B1}&
&rmoustache9;	&rmoustache9;
&rnmid;9	\u{2AEE}9
\u{65E5}&rnmid9;	\u{65E5}&rnmid9;
&roang;&amp;	\u{27ED}&
Title: &roang=	Title: &roang=
&roarr;x	\u{21FE}x
\u{65E5}&roarr;	\u{65E5}\u{21FE}
&robrk;9	\u{27E7}9
&robrka;	&robrka;
Title: &ropar; 	Title: \u{2986}\u{20}
&ropar\u{E9}	&ropar\u{E9}
Title: &ropf;&	Title: \u{1D563}&
&ropf;	\u{1D563}
\u{65E5}&roplus;&	\u{65E5}\u{2A2E}&
&roplus;x	\u{2A2E}x
\u{65E5}&rotimes;X	\u{65E5}\u{2A35}X
x&rotimes 	x&rotimes\u{20}
Title: &rpar; 	Title: )\u{20}
&rpara;	&rpara;
&rpargt;=	\u{2994}=
&rpargt\u{E9}	&rpargt\u{E9}
Title: &rppolint;;;	Title: \u{2A12};;
&rppolintx	&rppolintx
&rrarr;9	\u{21C9}9
&rrarrz	&rrarrz
x&rsaquo;;x	x\u{203A};x
&rsaquo\u{E9}	&rsaquo\u{E9}
&rscr;x	\u{1D4C7}x
&rscr 	&rscr\u{20}
\u{65E5}&rsh;	\u{65E5}\u{21B1}
&rshz	&rshz
&rsqb;1	]1
x&rsqb1	x&rsqb1
\u{65E5}&rsquo;a;	\u{65E5}\u{2019}a;
&rsquo=	&rsquo=
&rsquor; 	\u{2019}\u{20}
Title: &rsquorx	Title: &rsquorx
Title: &rthree;	Title: \u{22CC}
x&rthreez	x&rthreez
\u{65E5}&rtimes;;;	\u{65E5}\u{22CA};;
&rtimes1	&rtimes1
&rtri; 	\u{25B9}\u{20}
&rtri;;	\u{25B9};
\u{65E5}&rtrie;z	\u{65E5}\u{22B5}z
\u{65E5}&rtrie&amp;	\u{65E5}&rtrie&
&rtrif;z	\u{25B8}z
&rtrif	&rtrif
&rtriltri;#	\u{29CE}#
&rtriltri9;	&rtriltri9;
\u{65E5}&ruluhar;a;	\u{65E5}\u{2968}a;
Title: &ruluhar1	Title: &ruluhar1
x&rx;;;	x\u{211E};;
&rx	&rx
&sacute;\u{E9}	\u{15B}\u{E9}
&sacute9;	&sacute9;
&sbquo;#	\u{201A}#
&sbquo<	&sbquo<
Title: &sc;z	Title: \u{227B}z
&sc9;	&sc9;
&scE;	\u{2AB4}
Title: &scE;;	Title: \u{2AB4};
Title: &scap;;	Title: \u{2AB8};
\u{65E5}&scapx	\u{65E5}&scapx
&scaron;1	\u{161}1
x&scaron&	x&scaron&
&sccue;&	\u{227D}&
\u{65E5}&sccuex	\u{65E5}&sccuex
&sce;&amp;	\u{2AB0}&
&sce 	&sce\u{20}
\u{65E5}&scedil;;	\u{65E5}\u{15F};
\u{65E5}&scedilx	\u{65E5}&scedilx
&scirc;x	\u{15D}x
Title: &scirc;x	Title: \u{15D}x
&scnE;\u{E9}	\u{2AB6}\u{E9}
x&scnE=	x&scnE=
\u{65E5}&scnap;9;	\u{65E5}\u{2ABA}9;
\u{65E5}&scnap=	\u{65E5}&scnap=
x&scnsim; 	x\u{22E9}\u{20}
x&scnsim9;	x&scnsim9;
\u{65E5}&scpolint;x	\u{65E5}\u{2A13}x
&scpolintX	&scpolintX
x&scsim; 	x\u{227F}\u{20}
&scsim	&scsim
&scy;;	\u{441};
&scy\u{E9}	&scy\u{E9}
\u{65E5}&sdot; 	\u{65E5}\u{22C5}\u{20}
&sdot&amp;	&sdot&
&sdotb;=	\u{22A1}=
&sdotb9	&sdotb9
\u{65E5}&sdote;<	\u{65E5}\u{2A66}<
\u{65E5}&sdote&amp;	\u{65E5}&sdote&
x&seArr;\u{E9}	x\u{21D8}\u{E9}
&seArr 	&seArr\u{20}
&searhk;X	\u{2925}X
&searhk#	&searhk#
x&searr;;	x\u{2198};
Title: &searr;	Title: \u{2198}
Title: &searrow;1	Title: \u{2198}1
&searrow;;	\u{2198};
&sect=	\u{A7}=
x&sect;1	x\u{A7}1
&sect1	\u{A7}1
x&semi;X	x;X
&semi\u{E9}	&semi\u{E9}
&seswar;a;	\u{2929}a;
\u{65E5}&seswar;;	\u{65E5}\u{2929};
x&setminus;;x	x\u{2216};x
&setminus<	&setminus<
Title: &setmn;	Title: \u{2216}
&setmn\u{E9}	&setmn\u{E9}
Title: &sext;#	Title: \u{2736}#
x&sext;	x\u{2736}
&sfr;&	\u{1D530}&
&sfr;;	\u{1D530};
Title: &sfrown;9	Title: \u{2322}9
Title: &sfrown1	Title: &sfrown1
&sharp; 	\u{266F}\u{20}
\u{65E5}&sharp	\u{65E5}&sharp
\u{65E5}&shchcy;&	\u{65E5}\u{449}&
\u{65E5}&shchcy;;	\u{65E5}\u{449};
&shcy;x	\u{448}x
x&shcya;	x&shcya;
x&shortmid;X	x\u{2223}X
x&shortmidX	x&shortmidX
x&shortparallel;=	x\u{2225}=
Title: &shortparallelz	Title: &shortparallelz
&shyx	\u{AD}x
\u{65E5}&shy; 	\u{65E5}\u{AD}\u{20}
&shy=	\u{AD}=
\u{65E5}&sigma; 	\u{65E5}\u{3C3}\u{20}
Title: &sigma	Title: &sigma
x&sigmaf;;;	x\u{3C2};;
\u{65E5}&sigmafX	\u{65E5}&sigmafX
&sigmav;;x	\u{3C2};x
&sigmav#	&sigmav#
&sim;&amp;	\u{223C}&
\u{65E5}&sim&	\u{65E5}&sim&
&simdot;;x	\u{2A6A};x
\u{65E5}&simdot	\u{65E5}&simdot
x&sime;;;	x\u{2243};;
x&sime\u{E9}	x&sime\u{E9}
Title: &simeq;a;	Title: \u{2243}a;
&simeqz	&simeqz
\u{65E5}&simg;1	\u{65E5}\u{2A9E}1
&simgX	&simgX
\u{65E5}&simgE;a;	\u{65E5}\u{2AA0}a;
&simgE&	&simgE&
\u{65E5}&siml;\u{E9}	\u{65E5}\u{2A9D}\u{E9}
Title: &siml\u{E9}	Title: &siml\u{E9}
Title: &simlE;1	Title: \u{2A9F}1
\u{65E5}&simlE#	\u{65E5}&simlE#
&simne;;x	\u{2246};x
Title: &simnex	Title: &simnex
&simplus;#	\u{2A24}#
\u{65E5}&simplusa;	\u{65E5}&simplusa;
&simrarr;z	\u{2972}z
&simrarr;;	\u{2972};
Title: &slarr;x	Title: \u{2190}x
&slarr#	&slarr#
Title: &smallsetminus;\u{E9}	Title: \u{2216}\u{E9}
&smallsetminus 	&smallsetminus\u{20}
x&smashp;9	x\u{2A33}9
&smashp<	&smashp<
\u{65E5}&smeparsl;\u{E9}	\u{65E5}\u{29E4}\u{E9}
&smeparsl	&smeparsl
&smid;<	\u{2223}<
&smid;;	\u{2223};
&smile;9	\u{2323}9
&smile&amp;	&smile&
&smt;x	\u{2AAA}x
\u{65E5}&smt;;	\u{65E5}\u{2AAA};
&smte;<	\u{2AAC}<
&smte&amp;	&smte&
&smtes;&amp;	\u{2AAC}\u{FE00}&
Title: &smtes 	Title: &smtes\u{20}
x&softcy;&amp;	x\u{44C}&
&softcy 	&softcy\u{20}
&sol; 	/\u{20}
\u{65E5}&sol 	\u{65E5}&sol\u{20}
x&solb;9;	x\u{29C4}9;
&solbz	&solbz
Title: &solbar;1	Title: \u{233F}1
x&solbar#	x&solbar#
x&sopf;;	x\u{1D564};
&sopfx	&sopfx
&spades;&amp;	\u{2660}&
&spades;	\u{2660}
&spadesuit;\u{E9}	\u{2660}\u{E9}
Title: &spadesuit9	Title: &spadesuit9
&spar;X	\u{2225}X
x&spar9	x&spar9
Title: &sqcap;;;	Title: \u{2293};;
Title: &sqcap9	Title: &sqcap9
x&sqcaps;9	x\u{2293}\u{FE00}9
&sqcaps\u{E9}	&sqcaps\u{E9}
&sqcup;z	\u{2294}z
\u{65E5}&sqcup=	\u{65E5}&sqcup=
&sqcups;;x	\u{2294}\u{FE00};x
&sqcups	&sqcups
&sqsub;\u{E9}	\u{228F}\u{E9}
x&sqsub<	x&sqsub<
\u{65E5}&sqsube;1	\u{65E5}\u{2291}1
Title: &sqsube;;	Title: \u{2291};
&sqsubset;=	\u{228F}=
\u{65E5}&sqsubseta;	\u{65E5}&sqsubseta;
Title: &sqsubseteq;=	Title: \u{2291}=
&sqsubseteq;x	\u{2291}x
&sqsup;;x	\u{2290};x
x&sqsupz	x&sqsupz
&sqsupe;x	\u{2292}x
\u{65E5}&sqsupe&amp;	\u{65E5}&sqsupe&
\u{65E5}&sqsupset;&amp;	\u{65E5}\u{2290}&
\u{65E5}&sqsupset	\u{65E5}&sqsupset
x&sqsupseteq;;x	x\u{2292};x
Title: &sqsupseteq&	Title: &sqsupseteq&
&squ;;	\u{25A1};
&squ1	&squ1
&square;;x	\u{25A1};x
Title: &square=	Title: &square=
x&squarf;1	x\u{25AA}1
\u{65E5}&squarf&	\u{65E5}&squarf&
Title: &squf;X	Title: \u{25AA}X
Title: &squf<	Title: &squf<
Title: &srarr;1	Title: \u{2192}1
&srarr<	&srarr<
&sscr;9	\u{1D4C8}9
&sscr;x	\u{1D4C8}x
x&ssetmn;a;	x\u{2216}a;
&ssetmn\u{E9}	&ssetmn\u{E9}
x&ssmile;&	x\u{2323}&
Title: &ssmilea;	Title: &ssmilea;
&sstarf;1	\u{22C6}1
Title: &sstarf 	Title: &sstarf\u{20}
&star;;x	\u{2606};x
&star;;	\u{2606};
Title: &starf;z	Title: \u{2605}z
&starf;x	\u{2605}x
Title: &straightepsilon;;;	Title: \u{3F5};;
&straightepsilon&	&straightepsilon&
x&straightphi;z	x\u{3D5}z
\u{65E5}&straightphi;	\u{65E5}\u{3D5}
\u{65E5}&strns;X	\u{65E5}\u{AF}X
\u{65E5}&strns9	\u{65E5}&strns9
&sub;a;	\u{2282}a;
Title: &sub\u{E9}	Title: &sub\u{E9}
&subE;	\u{2AC5}
x&subE;	x\u{2AC5}
&subdot;9	\u{2ABD}9
&subdot=	&subdot=
x&sube;a;	x\u{2286}a;
x&subea;	x&subea;
x&subedot;<	x\u{2AC3}<
&subedot&amp;	&subedot&
&submult;9	\u{2AC1}9
\u{65E5}&submult	\u{65E5}&submult
Title: &subnE;&	Title: \u{2ACB}&
&subnEx	&subnEx
\u{65E5}&subne;9;	\u{65E5}\u{228A}9;
Title: &subne&	Title: &subne&
x&subplus;9	x\u{2ABF}9
&subplus;	\u{2ABF}
x&subrarr;	x\u{2979}
x&subrarr;x	x\u{2979}x
\u{65E5}&subset;;	\u{65E5}\u{2282};
Title: &subsetX	Title: &subsetX
&subseteq;1	\u{2286}1
x&subseteqX	x&subseteqX
&subseteqq; 	\u{2AC5}\u{20}
&subseteqq=	&subseteqq=
\u{65E5}&subsetneq;x	\u{65E5}\u{228A}x
&subsetneq&	&subsetneq&
&subsetneqq;\u{E9}	\u{2ACB}\u{E9}
x&subsetneqqx	x&subsetneqqx
x&subsim;<	x\u{2AC7}<
&subsim&	&subsim&
x&subsub;;	x\u{2AD5};
&subsub9;	&subsub9;
&subsup;	\u{2AD3}
x&subsup&amp;	x&subsup&
&succ; 	\u{227B}\u{20}
\u{65E5}&succ\u{E9}	\u{65E5}&succ\u{E9}
&succapprox;a;	\u{2AB8}a;
&succapprox\u{E9}	&succapprox\u{E9}
Title: &succcurlyeq;9	Title: \u{227D}9
&succcurlyeq#	&succcurlyeq#
\u{65E5}&succeq;a;	\u{65E5}\u{2AB0}a;
x&succeq&amp;	x&succeq&
&succnapprox;a;	\u{2ABA}a;
\u{65E5}&succnapprox#	\u{65E5}&succnapprox#
x&succneqq;x	x\u{2AB6}x
\u{65E5}&succneqq9	\u{65E5}&succneqq9
Title: &succnsim;z	Title: \u{22E9}z
&succnsim;	\u{22E9}
&succsim;z	\u{227F}z
x&succsim;;	x\u{227F};
\u{65E5}&sum;x	\u{65E5}\u{2211}x
Title: &suma;	Title: &suma;
&sung;=	\u{266A}=
&sung&	&sung&
&sup1x	\u{B9}x
&sup1;=	\u{B9}=
&sup19	\u{B9}9
\u{65E5}&sup2z	\u{65E5}\u{B2}z
&sup2;	\u{B2}
&sup29;	\u{B2}9;
Title: &sup3 	Title: \u{B3}\u{20}
&sup3;=	\u{B3}=
&sup3x	\u{B3}x
Title: &sup; 	Title: \u{2283}\u{20}
&sup 	&sup\u{20}
&supE;<	\u{2AC6}<
Title: &supE;;	Title: \u{2AC6};
&supdot;<	\u{2ABE}<
\u{65E5}&supdota;	\u{65E5}&supdota;
\u{65E5}&supdsub;&amp;	\u{65E5}\u{2AD8}&
x&supdsub9;	x&supdsub9;
\u{65E5}&supe;;;	\u{65E5}\u{2287};;
&supe&amp;	&supe&
&supedot;z	\u{2AC4}z
&supedot\u{E9}	&supedot\u{E9}
Title: &suphsol;<	Title: \u{27C9}<
&suphsol 	&suphsol\u{20}
&suphsub; 	\u{2AD7}\u{20}
&suphsub&	&suphsub&
&suplarr;1	\u{297B}1
x&suplarr;x	x\u{297B}x
&supmult;a;	\u{2AC2}a;
&supmult\u{E9}	&supmult\u{E9}
&supnE;=	\u{2ACC}=
&supnE9;	&supnE9;
&supne;=	\u{228B}=
&supneX	&supneX
&supplus; 	\u{2AC0}\u{20}
\u{65E5}&supplus;	\u{65E5}\u{2AC0}
&supset;9	\u{2283}9
&supset;	\u{2283}
\u{65E5}&supseteq;<	\u{65E5}\u{2287}<
&supseteq 	&supseteq\u{20}
Title: &supseteqq;z	Title: \u{2AC6}z
\u{65E5}&supseteqq#	\u{65E5}&supseteqq#
x&supsetneq;x	x\u{228B}x
Title: &supsetneq;;	Title: \u{228B};
&supsetneqq;9	\u{2ACC}9
&supsetneqqa;	&supsetneqqa;
&supsim;9	\u{2AC8}9
Title: &supsim 	Title: &supsim\u{20}
\u{65E5}&supsub;X	\u{65E5}\u{2AD4}X
Title: &supsub#	Title: &supsub#
&supsup;;	\u{2AD6};
&swArr;a;	\u{21D9}a;
\u{65E5}&swArrX	\u{65E5}&swArrX
x&swarhk; 	x\u{2926}\u{20}
\u{65E5}&swarhk9;	\u{65E5}&swarhk9;
&swarr;1	\u{2199}1
\u{65E5}&swarr\u{E9}	\u{65E5}&swarr\u{E9}
&swarrow;;x	\u{2199};x
\u{65E5}&swarrow&	\u{65E5}&swarrow&
&swnwar;9;	\u{292A}9;
x&swnwar;x	x\u{292A}x
x&szlig<	x\u{DF}<
Title: &szlig;x	Title: \u{DF}x
\u{65E5}&szlig 	\u{65E5}\u{DF}\u{20}
x&target;X	x\u{2316}X
&target9	&target9
x&tau;X	x\u{3C4}X
&tauX	&tauX
&tbrk;&	\u{23B4}&
x&tbrk1	x&tbrk1
&tcaron; 	\u{165}\u{20}
&tcaron 	&tcaron\u{20}
Title: &tcedil;&amp;	Title: \u{163}&
&tcedilX	&tcedilX
&tcy; 	\u{442}\u{20}
Title: &tcy=	Title: &tcy=
Title: &tdot;x	Title: \u{20DB}x
&tdot;x	\u{20DB}x
&telrec;;;	\u{2315};;
&telrec<	&telrec<
&tfr;&amp;	\u{1D531}&
\u{65E5}&tfr<	\u{65E5}&tfr<
Title: &there4;9;	Title: \u{2234}9;
&there4z	&there4z
x&therefore;x	x\u{2234}x
\u{65E5}&thereforez	\u{65E5}&thereforez
&theta;&	\u{3B8}&
&theta#	&theta#
\u{65E5}&thetasym;a;	\u{65E5}\u{3D1}a;
\u{65E5}&thetasym;x	\u{65E5}\u{3D1}x
&thetav;a;	\u{3D1}a;
&thetav;;	\u{3D1};
Title: &thickapprox;9;	Title: \u{2248}9;
&thickapprox;	\u{2248}
Title: &thicksim;=	Title: \u{223C}=
&thicksim9;	&thicksim9;
&thinsp;;	\u{2009};
&thinspx	&thinspx
&thkap;#	\u{2248}#
x&thkap9	x&thkap9
x&thksim;;x	x\u{223C};x
&thksim;x	\u{223C}x
x&thorn&amp;	x\u{FE}&
&thorn;;;	\u{FE};;
&thorn9;	\u{FE}9;
Title: &tilde;	Title: \u{2DC}
x&tilde&amp;	x&tilde&
Title: &times&amp;	Title: \u{D7}&
x&times;1	x\u{D7}1
&timesa;	\u{D7}a;
Title: &timesb;\u{E9}	Title: \u{22A0}\u{E9}
&timesb9	\u{D7}b9
&timesbar;&amp;	\u{2A31}&
x&timesbar&amp;	x\u{D7}bar&
&timesd;;;	\u{2A30};;
Title: &timesd&	Title: \u{D7}d&
&tint;\u{E9}	\u{222D}\u{E9}
x&tint&	x&tint&
x&toea;&	x\u{2928}&
Title: &toea&amp;	Title: &toea&
&top;;;	\u{22A4};;
Title: &top<	Title: &top<
&topbot;1	\u{2336}1
x&topbot9	x&topbot9
&topcir;X	\u{2AF1}X
x&topcir;x	x\u{2AF1}x
\u{65E5}&topf; 	\u{65E5}\u{1D565}\u{20}
&topf\u{E9}	&topf\u{E9}
Title: &topfork;1	Title: \u{2ADA}1
x&topfork;	x\u{2ADA}
&tosa;&	\u{2929}&
\u{65E5}&tosaz	\u{65E5}&tosaz
x&tprime;&amp;	x\u{2034}&
&tprime&	&tprime&
x&trade;&amp;	x\u{2122}&
x&tradex	x&tradex
&triangle;<	\u{25B5}<
&triangle=	&triangle=
&triangledown; 	\u{25BF}\u{20}
&triangledownX	&triangledownX
Title: &triangleleft;\u{E9}	Title: \u{25C3}\u{E9}
&triangleleft9;	&triangleleft9;
x&trianglelefteq;&	x\u{22B4}&
&trianglelefteq	&trianglelefteq
x&triangleq;x	x\u{225C}x
\u{65E5}&triangleq	\u{65E5}&triangleq
&triangleright; 	\u{25B9}\u{20}
&triangleright\u{E9}	&triangleright\u{E9}
x&trianglerighteq;a;	x\u{22B5}a;
Title: &trianglerighteqz	Title: &trianglerighteqz
x&tridot;x	x\u{25EC}x
Title: &tridota;	Title: &tridota;
Title: &trie;z	Title: \u{225C}z
x&trie\u{E9}	x&trie\u{E9}
&triminus;&amp;	\u{2A3A}&
Title: &triminus&	Title: &triminus&
x&triplus;z	x\u{2A39}z
&triplus9;	&triplus9;
x&trisb;a;	x\u{29CD}a;
x&trisb&	x&trisb&
x&tritime;&amp;	x\u{2A3B}&
&tritime;;	\u{2A3B};
x&trpezium;&amp;	x\u{23E2}&
Title: &trpezium\u{E9}	Title: &trpezium\u{E9}
Title: &tscr;z	Title: \u{1D4C9}z
&tscr	&tscr
Title: &tscy;;x	Title: \u{446};x
Title: &tscyz	Title: &tscyz
x&tshcy;&	x\u{45B}&
&tshcyX	&tshcyX
\u{65E5}&tstrok;#	\u{65E5}\u{167}#
\u{65E5}&tstrok 	\u{65E5}&tstrok\u{20}
Title: &twixt;<	Title: \u{226C}<
\u{65E5}&twixt&	\u{65E5}&twixt&
&twoheadleftarrow;\u{E9}	\u{219E}\u{E9}
x&twoheadleftarrow1	x&twoheadleftarrow1
x&twoheadrightarrow;1	x\u{21A0}1
\u{65E5}&twoheadrightarrow<	\u{65E5}&twoheadrightarrow<
&uArr;x	\u{21D1}x
x&uArr#	x&uArr#
&uHar; 	\u{2963}\u{20}
Title: &uHar&	Title: &uHar&
x&uacute<	x\u{FA}<
\u{65E5}&uacute;	\u{65E5}\u{FA}
&uacute#	\u{FA}#
&uarr;&amp;	\u{2191}&
Title: &uarra;	Title: &uarra;
Title: &ubrcy;<	Title: \u{45E}<
Title: &ubrcy9	Title: &ubrcy9
&ubreve;1	\u{16D}1
\u{65E5}&ubreve1	\u{65E5}&ubreve1
&ucirc 	\u{FB}\u{20}
\u{65E5}&ucirc;=	\u{65E5}\u{FB}=
\u{65E5}&ucirc9;	\u{65E5}\u{FB}9;
\u{65E5}&ucy;\u{E9}	\u{65E5}\u{443}\u{E9}
&ucy<	&ucy<
&udarr;	\u{21C5}
&udarr	&udarr
&udblac;&amp;	\u{171}&
\u{65E5}&udblac 	\u{65E5}&udblac\u{20}
Title: &udhar;&	Title: \u{296E}&
x&udhar;;	x\u{296E};
&ufisht;;	\u{297E};
&ufisht;x	\u{297E}x
&ufr;<	\u{1D532}<
&ufrX	&ufrX
Title: &ugrave=	Title: \u{F9}=
&ugrave;z	\u{F9}z
&ugrave&	\u{F9}&
&uharl;=	\u{21BF}=
&uharl&	&uharl&
Title: &uharr;=	Title: \u{21BE}=
&uharr9;	&uharr9;
&uhblk;a;	\u{2580}a;
Title: &uhblk 	Title: &uhblk\u{20}
Title: &ulcorn;x	Title: \u{231C}x
Title: &ulcornx	Title: &ulcornx
&ulcorner;x	\u{231C}x
x&ulcorner9	x&ulcorner9
Title: &ulcrop;;	Title: \u{230F};
&ulcrop9;	&ulcrop9;
&ultri;<	\u{25F8}<
\u{65E5}&ultri<	\u{65E5}&ultri<
Title: &umacr;X	Title: \u{16B}X
&umacr&	&umacr&
&uml1	\u{A8}1
\u{65E5}&uml;=	\u{65E5}\u{A8}=
&uml=	\u{A8}=
\u{65E5}&uogon;\u{E9}	\u{65E5}\u{173}\u{E9}
\u{65E5}&uogon=	\u{65E5}&uogon=
&uopf;\u{E9}	\u{1D566}\u{E9}
Title: &uopf;x	Title: \u{1D566}x
\u{65E5}&uparrow;;	\u{65E5}\u{2191};
x&uparrow1	x&uparrow1
&updownarrow;z	\u{2195}z
\u{65E5}&updownarrow;	\u{65E5}\u{2195}
&upharpoonleft;;	\u{21BF};
&upharpoonleft9;	&upharpoonleft9;
&upharpoonright; 	\u{21BE}\u{20}
Title: &upharpoonright&amp;	Title: &upharpoonright&
&uplus;a;	\u{228E}a;
&uplus&	&uplus&
x&upsi;;	x\u{3C5};
x&upsi#	x&upsi#
&upsih;;	\u{3D2};
&upsih1	&upsih1
\u{65E5}&upsilon;z	\u{65E5}\u{3C5}z
&upsilon<	&upsilon<
&upuparrows;&	\u{21C8}&
&upuparrows;x	\u{21C8}x
x&urcorn;9;	x\u{231D}9;
\u{65E5}&urcornx	\u{65E5}&urcornx
Title: &urcorner;z	Title: \u{231D}z
&urcorner;x	\u{231D}x
&urcrop;1	\u{230E}1
&urcrop1	&urcrop1
&uring;	\u{16F}
Title: &uring<	Title: &uring<
&urtri;;;	\u{25F9};;
&urtri<	&urtri<
&uscr;;x	\u{1D4CA};x
&uscrz	&uscrz
&utdot;9;	\u{22F0}9;
&utdot 	&utdot\u{20}
Title: &utilde;z	Title: \u{169}z
&utilde=	&utilde=
&utri;;;	\u{25B5};;
&utri;;	\u{25B5};
&utrif;z	\u{25B4}z
&utrifz	&utrifz
x&uuarr;x	x\u{21C8}x
&uuarrX	&uuarrX
&uuml	\u{FC}
\u{65E5}&uuml;=	\u{65E5}\u{FC}=
\u{65E5}&uuml=	\u{65E5}\u{FC}=
&uwangle;9	\u{29A7}9
&uwangle;x	\u{29A7}x
Title: &vArr;a;	Title: \u{21D5}a;
x&vArra;	x&vArra;
&vBar;;	\u{2AE8};
x&vBar&	x&vBar&
\u{65E5}&vBarv;;x	\u{65E5}\u{2AE9};x
x&vBarv<	x&vBarv<
x&vDash;a;	x\u{22A8}a;
&vDash<	&vDash<
&vangrt;9	\u{299C}9
&vangrt;	\u{299C}
Title: &varepsilon;;x	Title: \u{3F5};x
&varepsilon;;	\u{3F5};
\u{65E5}&varkappa;z	\u{65E5}\u{3F0}z
\u{65E5}&varkappa1	\u{65E5}&varkappa1
x&varnothing;<	x\u{2205}<
&varnothing\u{E9}	&varnothing\u{E9}
&varphi;&amp;	\u{3D5}&
Title: &varphi&	Title: &varphi&
x&varpi;1	x\u{3D6}1
\u{65E5}&varpiz	\u{65E5}&varpiz
&varpropto;&	\u{221D}&
&varproptoX	&varproptoX
Title: &varr;#	Title: \u{2195}#
&varr=	&varr=
Title: &varrho;<	Title: \u{3F1}<
&varrhoa;	&varrhoa;
Title: &varsigma;&	Title: \u{3C2}&
&varsigma;x	\u{3C2}x
Title: &varsubsetneq;=	Title: \u{228A}\u{FE00}=
&varsubsetneq;x	\u{228A}\u{FE00}x
&varsubsetneqq;\u{E9}	\u{2ACB}\u{FE00}\u{E9}
Title: &varsubsetneqq	Title: &varsubsetneqq
Title: &varsupsetneq;z	Title: \u{228B}\u{FE00}z
&varsupsetneqa;	&varsupsetneqa;
Title: &varsupsetneqq; 	Title: \u{2ACC}\u{FE00}\u{20}
&varsupsetneqq9;	&varsupsetneqq9;
&vartheta;z	\u{3D1}z
&vartheta&	&vartheta&
\u{65E5}&vartriangleleft;\u{E9}	\u{65E5}\u{22B2}\u{E9}
&vartriangleleft9;	&vartriangleleft9;
&vartriangleright;X	\u{22B3}X
&vartriangleright1	&vartriangleright1
\u{65E5}&vcy;x	\u{65E5}\u{432}x
\u{65E5}&vcy#	\u{65E5}&vcy#
Title: &vdash;1	Title: \u{22A2}1
\u{65E5}&vdashz	\u{65E5}&vdashz
Title: &vee;&	Title: \u{2228}&
x&vee=	x&vee=
x&veebar;9	x\u{22BB}9
\u{65E5}&veebarz	\u{65E5}&veebarz
Title: &veeeq;#	Title: \u{225A}#
\u{65E5}&veeeqz	\u{65E5}&veeeqz
&vellip;&	\u{22EE}&
x&vellipx	x&vellipx
Title: &verbar;1	Title: |1
x&verbar\u{E9}	x&verbar\u{E9}
x&vert;X	x|X
&vert	&vert
\u{65E5}&vfr;=	\u{65E5}\u{1D533}=
Title: &vfrz	Title: &vfrz
x&vltri;	x\u{22B2}
&vltriz	&vltriz
\u{65E5}&vnsub;9;	\u{65E5}\u{2282}\u{20D2}9;
\u{65E5}&vnsub&amp;	\u{65E5}&vnsub&
x&vnsup;#	x\u{2283}\u{20D2}#
x&vnsup 	x&vnsup\u{20}
&vopf;#	\u{1D567}#
\u{65E5}&vopf9	\u{65E5}&vopf9
&vprop;&amp;	\u{221D}&
&vprop9;	&vprop9;
&vrtri; 	\u{22B3}\u{20}
&vrtri<	&vrtri<
&vscr;X	\u{1D4CB}X
&vscr9	&vscr9
&vsubnE;;	\u{2ACB}\u{FE00};
\u{65E5}&vsubnE;	\u{65E5}\u{2ACB}\u{FE00}
x&vsubne;=	x\u{228A}\u{FE00}=
&vsubne	&vsubne
&vsupnE; 	\u{2ACC}\u{FE00}\u{20}
&vsupnE&amp;	&vsupnE&
Title: &vsupne;=	Title: \u{228B}\u{FE00}=
&vsupne9;	&vsupne9;
&vzigzag;;;	\u{299A};;
&vzigzag#	&vzigzag#
x&wcirc;1	x\u{175}1
x&wcirc#	x&wcirc#
&wedbar;z	\u{2A5F}z
x&wedbar<	x&wedbar<
Title: &wedge;;x	Title: \u{2227};x
Title: &wedge=	Title: &wedge=
&wedgeq;&	\u{2259}&
\u{65E5}&wedgeqx	\u{65E5}&wedgeqx
\u{65E5}&weierp;x	\u{65E5}\u{2118}x
Title: &weierp#	Title: &weierp#
Title: &wfr;;	Title: \u{1D534};
\u{65E5}&wfrz	\u{65E5}&wfrz
\u{65E5}&wopf;x	\u{65E5}\u{1D568}x
&wopf	&wopf
Title: &wp;z	Title: \u{2118}z
&wp#	&wp#
x&wr;1	x\u{2240}1
&wr1	&wr1
&wreath;#	\u{2240}#
x&wreath;;	x\u{2240};
&wscr;;x	\u{1D4CC};x
Title: &wscrz	Title: &wscrz
\u{65E5}&xcap;9;	\u{65E5}\u{22C2}9;
Title: &xcap1	Title: &xcap1
&xcirc;9	\u{25EF}9
&xcirc;	\u{25EF}
Title: &xcup;\u{E9}	Title: \u{22C3}\u{E9}
&xcup=	&xcup=
&xdtri;	\u{25BD}
Title: &xdtri\u{E9}	Title: &xdtri\u{E9}
&xfr;a;	\u{1D535}a;
&xfr	&xfr
\u{65E5}&xhArr;X	\u{65E5}\u{27FA}X
&xhArr=	&xhArr=
&xharr;&	\u{27F7}&
&xharr	&xharr
&xi;9	\u{3BE}9
x&xi	x&xi
\u{65E5}&xlArr; 	\u{65E5}\u{27F8}\u{20}
\u{65E5}&xlArra;	\u{65E5}&xlArra;
\u{65E5}&xlarr;=	\u{65E5}\u{27F5}=
&xlarrz	&xlarrz
Title: &xmap; 	Title: \u{27FC}\u{20}
&xmapx	&xmapx
\u{65E5}&xnis;;	\u{65E5}\u{22FB};
&xnis1	&xnis1
&xodot;<	\u{2A00}<
&xodot#	&xodot#
Title: &xopf;=	Title: \u{1D569}=
\u{65E5}&xopfx	\u{65E5}&xopfx
&xoplus;z	\u{2A01}z
&xoplus#	&xoplus#
x&xotime;<	x\u{2A02}<
\u{65E5}&xotime	\u{65E5}&xotime
&xrArr;&amp;	\u{27F9}&
&xrArr&amp;	&xrArr&
&xrarr; 	\u{27F6}\u{20}
\u{65E5}&xrarr;x	\u{65E5}\u{27F6}x
Title: &xscr;	Title: \u{1D4CD}
x&xscr;	x\u{1D4CD}
x&xsqcup;&	x\u{2A06}&
x&xsqcup\u{E9}	x&xsqcup\u{E9}
&xuplus;1	\u{2A04}1
Title: &xuplus#	Title: &xuplus#
&xutri;z	\u{25B3}z
\u{65E5}&xutri9	\u{65E5}&xutri9
&xvee;9	\u{22C1}9
x&xvee1	x&xvee1
&xwedge;=	\u{22C0}=
&xwedgez	&xwedgez
x&yacute;;	x\u{FD};
&yacute;9	\u{FD}9
&yacuteX	\u{FD}X
\u{65E5}&yacy;1	\u{65E5}\u{44F}1
x&yacy<	x&yacy<
Title: &ycirc;#	Title: \u{177}#
&ycirc<	&ycirc<
x&ycy;1	x\u{44B}1
&ycy;	\u{44B}
&yen&	\u{A5}&
&yen;1	\u{A5}1
&yen	\u{A5}
&yfr;&amp;	\u{1D536}&
\u{65E5}&yfrz	\u{65E5}&yfrz
&yicy;;	\u{457};
&yicy\u{E9}	&yicy\u{E9}
&yopf;x	\u{1D56A}x
&yopf 	&yopf\u{20}
&yscr; 	\u{1D4CE}\u{20}
&yscrX	&yscrX
&yucy;;x	\u{44E};x
&yucya;	&yucya;
&yuml#	\u{FF}#
x&yuml;\u{E9}	x\u{FF}\u{E9}
Title: &yuml1	Title: \u{FF}1
\u{65E5}&zacute;9;	\u{65E5}\u{17A}9;
&zacute;x	\u{17A}x
x&zcaron;;;	x\u{17E};;
&zcaron;x	\u{17E}x
&zcy;;;	\u{437};;
&zcy<	&zcy<
&zdot;9;	\u{17C}9;
Title: &zdot#	Title: &zdot#
x&zeetrf;&amp;	x\u{2128}&
&zeetrf&	&zeetrf&
x&zeta;9;	x\u{3B6}9;
\u{65E5}&zeta;	\u{65E5}\u{3B6}
&zfr;\u{E9}	\u{1D537}\u{E9}
x&zfr;;	x\u{1D537};
Title: &zhcy;#	Title: \u{436}#
Title: &zhcy;x	Title: \u{436}x
\u{65E5}&zigrarr;#	\u{65E5}\u{21DD}#
Title: &zigrarr&amp;	Title: &zigrarr&
x&zopf;z	x\u{1D56B}z
x&zopf;	x\u{1D56B}
&zscr;;	\u{1D4CF};
&zscrX	&zscrX
Title: &zwj;<	Title: \u{200D}<
\u{65E5}&zwjX	\u{65E5}&zwjX
\u{65E5}&zwnj;<	\u{65E5}\u{200C}<
\u{65E5}&zwnj<	\u{65E5}&zwnj<
&#0;1	\u{FFFD}1
&#x0;;	\u{FFFD};
&#X0g	\u{FFFD}g
&#x0;1	\u{FFFD}1
&#000	\u{FFFD}
&#x0000;	\u{FFFD}
&#1;1	\u{1}1
&#x1;1	\u{1}1
&#X1g	\u{1}g
&#x1	\u{1}
&#001;;	\u{1};
&#x0001g	\u{1}g
&#8;1	\u{8}1
&#x8;1	\u{8}1
&#X8;	\u{8}
&#x8a	\u{160}
&#008&#65;	\u{8}A
&#x0008;;	\u{8};
&#9&#65;	\u{9}A
&#x9;1	\u{9}1
&#X9	\u{9}
&#x9&#65;	\u{9}A
&#009;;	\u{9};
&#x0009&#65;	\u{9}A
&#10;1	\u{A}1
&#xaa	\u{AA}
&#XA&#65;	\u{A}A
&#xA;1	\u{A}1
&#0010 	\u{A}\u{20}
&#x000a 	\u{A}\u{20}
&#11a	\u{B}a
&#xb	\u{B}
&#XB;;	\u{B};
&#xB;	\u{B}
&#0011	\u{B}
&#x000bx	\u{B}x
&#12;	\u{C}
&#xc	\u{C}
&#XCa	\u{CA}
&#xCa	\u{CA}
&#0012g	\u{C}g
&#x000ca	\u{CA}
&#13x	\u{D}x
&#xd;	\u{D}
&#XD;1	\u{D}1
&#xD;	\u{D}
&#0013x	\u{D}x
&#x000d;	\u{D}
&#14a	\u{E}a
&#xe 	\u{E}\u{20}
&#XE	\u{E}
&#xE&#65;	\u{E}A
&#0014;	\u{E}
&#x000ex	\u{E}x
&#31	\u{1F}
&#x1fa	\u{1FA}
&#X1F;;	\u{1F};
&#x1Fg	\u{1F}g
&#0031a	\u{1F}a
&#x0001f	\u{1F}
&#32;	\u{20}
&#x20a	\u{20A}
&#X20g	 g
&#x20x	 x
&#0032g	 g
&#x00020;	\u{20}
&#38x	&x
&#x26;	&
&#X26	&
&#x26a	\u{26A}
&#0038a	&a
&#x00026	&
&#59;	;
&#x3b&#65;	;A
&#X3Bg	;g
&#x3B	;
&#0059x	;x
&#x0003b 	;\u{20}
&#65a	Aa
&#x41&#65;	AA
&#X41a	\u{41A}
&#0065;	A
&#x00041x	Ax
&#126;1	~1
&#x7eg	~g
&#X7Ea	\u{7EA}
&#x7Ea	\u{7EA}
&#00126;1	~1
&#x0007eg	~g
&#127 	\u{7F}\u{20}
&#x7fg	\u{7F}g
&#X7F;	\u{7F}
&#x7Fg	\u{7F}g
&#00127;1	\u{7F}1
&#x0007fg	\u{7F}g
&#128;1	\u{20AC}1
&#x80;	\u{20AC}
&#X80;;	\u{20AC};
&#x80&#65;	\u{20AC}A
&#00128;	\u{20AC}
&#x00080&#65;	\u{20AC}A
&#129;;	\u{81};
&#x81	\u{81}
&#X81a	\u{81A}
&#x81;1	\u{81}1
&#00129;1	\u{81}1
&#x00081a	\u{81A}
&#130x	\u{201A}x
&#x82a	\u{82A}
&#X82;1	\u{201A}1
&#x82;1	\u{201A}1
&#00130g	\u{201A}g
&#x00082x	\u{201A}x
&#131&#65;	\u{192}A
&#x83 	\u{192}\u{20}
&#X83;;	\u{192};
&#x83;1	\u{192}1
&#00131&#65;	\u{192}A
&#x00083&#65;	\u{192}A
&#132;	\u{201E}
&#x84;	\u{201E}
&#X84	\u{201E}
&#00132;1	\u{201E}1
&#x00084 	\u{201E}\u{20}
&#133;1	\u{2026}1
&#x85;;	\u{2026};
&#X85x	\u{2026}x
&#00133g	\u{2026}g
&#x00085;	\u{2026}
&#134	\u{2020}
&#x86a	\u{86A}
&#X86;	\u{2020}
&#x86;1	\u{2020}1
&#00134 	\u{2020}\u{20}
&#x00086;1	\u{2020}1
&#135;;	\u{2021};
&#x87&#65;	\u{2021}A
&#X87g	\u{2021}g
&#x87;;	\u{2021};
&#00135a	\u{2021}a
&#x00087a	\u{87A}
&#136	\u{2C6}
&#x88 	\u{2C6}\u{20}
&#X88&#65;	\u{2C6}A
&#x88;;	\u{2C6};
&#00136;;	\u{2C6};
&#x00088;1	\u{2C6}1
&#137;;	\u{2030};
&#x89x	\u{2030}x
&#X89x	\u{2030}x
&#x89	\u{2030}
&#00137 	\u{2030}\u{20}
&#x00089;1	\u{2030}1
&#138&#65;	\u{160}A
&#x8ag	\u{160}g
&#X8Ax	\u{160}x
&#x8A;	\u{160}
&#00138;	\u{160}
&#x0008aa	\u{8AA}
&#139;	\u{2039}
&#x8b 	\u{2039}\u{20}
&#X8B&#65;	\u{2039}A
&#x8Ba	\u{8BA}
&#00139g	\u{2039}g
&#x0008b;;	\u{2039};
&#140&#65;	\u{152}A
&#x8c;	\u{152}
&#X8C 	\u{152}\u{20}
&#x8C;;	\u{152};
&#00140a	\u{152}a
&#x0008cx	\u{152}x
&#141g	\u{8D}g
&#x8d;1	\u{8D}1
&#X8Dx	\u{8D}x
&#x8Da	\u{8DA}
&#00141&#65;	\u{8D}A
&#x0008dx	\u{8D}x
&#142&#65;	\u{17D}A
&#x8e 	\u{17D}\u{20}
&#X8E&#65;	\u{17D}A
&#x8E	\u{17D}
&#00142;	\u{17D}
&#x0008e	\u{17D}
&#143;	\u{8F}
&#x8f;1	\u{8F}1
&#X8F	\u{8F}
&#x8F;	\u{8F}
&#00143g	\u{8F}g
&#x0008fx	\u{8F}x
&#144;	\u{90}
&#x90a	\u{90A}
&#X90 	\u{90}\u{20}
&#x90&#65;	\u{90}A
&#00144	\u{90}
&#x00090;	\u{90}
&#145	\u{2018}
&#x91a	\u{91A}
&#X91g	\u{2018}g
&#x91x	\u{2018}x
&#00145&#65;	\u{2018}A
&#x00091;;	\u{2018};
&#146;1	\u{2019}1
&#x92x	\u{2019}x
&#X92;;	\u{2019};
&#x92&#65;	\u{2019}A
&#00146;	\u{2019}
&#x00092;;	\u{2019};
&#147	\u{201C}
&#x93a	\u{93A}
&#X93;1	\u{201C}1
&#x93 	\u{201C}\u{20}
&#00147g	\u{201C}g
&#x00093x	\u{201C}x
&#148&#65;	\u{201D}A
&#x94 	\u{201D}\u{20}
&#X94 	\u{201D}\u{20}
&#x94&#65;	\u{201D}A
&#00148g	\u{201D}g
&#x00094;1	\u{201D}1
&#149g	\u{2022}g
&#x95;1	\u{2022}1
&#X95;	\u{2022}
&#x95	\u{2022}
&#00149;	\u{2022}
&#x00095x	\u{2022}x
&#150;1	\u{2013}1
&#x96&#65;	\u{2013}A
&#X96;;	\u{2013};
&#x96g	\u{2013}g
&#00150;	\u{2013}
&#x00096;	\u{2013}
&#151;	\u{2014}
&#x97;	\u{2014}
&#X97&#65;	\u{2014}A
&#x97	\u{2014}
&#00151	\u{2014}
&#x00097g	\u{2014}g
&#152;	\u{2DC}
&#x98a	\u{98A}
&#X98g	\u{2DC}g
&#x98;;	\u{2DC};
&#00152 	\u{2DC}\u{20}
&#x00098;1	\u{2DC}1
&#153;1	\u{2122}1
&#x99g	\u{2122}g
&#X99&#65;	\u{2122}A
&#x99;1	\u{2122}1
&#00153	\u{2122}
&#x00099;	\u{2122}
&#154g	\u{161}g
&#x9a	\u{161}
&#X9A;	\u{161}
&#x9A;1	\u{161}1
&#00154g	\u{161}g
&#x0009a	\u{161}
&#155g	\u{203A}g
&#x9b;;	\u{203A};
&#X9Bg	\u{203A}g
&#x9B;	\u{203A}
&#00155g	\u{203A}g
&#x0009b&#65;	\u{203A}A
&#156;;	\u{153};
&#x9ca	\u{9CA}
&#X9C;	\u{153}
&#x9C 	\u{153}\u{20}
&#00156&#65;	\u{153}A
&#x0009c 	\u{153}\u{20}
&#157;	\u{9D}
&#x9d;;	\u{9D};
&#X9Da	\u{9DA}
&#x9Da	\u{9DA}
&#00157;	\u{9D}
&#x0009d;	\u{9D}
&#158x	\u{17E}x
&#x9e;1	\u{17E}1
&#X9E;1	\u{17E}1
&#x9E;;	\u{17E};
&#00158a	\u{17E}a
&#x0009e&#65;	\u{17E}A
&#159;;	\u{178};
&#x9f 	\u{178}\u{20}
&#X9F;;	\u{178};
&#x9F;;	\u{178};
&#00159&#65;	\u{178}A
&#x0009fa	\u{9FA}
&#160g	\u{A0}g
&#xa0;1	\u{A0}1
&#XA0a	\u{A0A}
&#xA0x	\u{A0}x
&#00160a	\u{A0}a
&#x000a0	\u{A0}
&#255a	\u{FF}a
&#xff 	\u{FF}\u{20}
&#XFF	\u{FF}
&#xFF&#65;	\u{FF}A
&#00255 	\u{FF}\u{20}
&#x000ff;	\u{FF}
&#256g	\u{100}g
&#x100a	\u{100A}
&#X100&#65;	\u{100}A
&#x100;;	\u{100};
&#00256x	\u{100}x
&#x000100&#65;	\u{100}A
&#2047;1	\u{7FF}1
&#x7ff;1	\u{7FF}1
&#X7FF&#65;	\u{7FF}A
&#x7FFa	\u{7FFA}
&#002047g	\u{7FF}g
&#x0007ff;	\u{7FF}
&#2048g	\u{800}g
&#x800	\u{800}
&#X800&#65;	\u{800}A
&#x800;	\u{800}
&#002048;1	\u{800}1
&#x000800 	\u{800}\u{20}
&#55295a	\u{D7FF}a
&#xd7ff 	\u{D7FF}\u{20}
&#XD7FF;	\u{D7FF}
&#xD7FF	\u{D7FF}
&#0055295;;	\u{D7FF};
&#x000d7ffa	\u{D7FFA}
&#55296;	\u{FFFD}
&#xd800g	\u{FFFD}g
&#XD800;1	\u{FFFD}1
&#xD800&#65;	\u{FFFD}A
&#0055296g	\u{FFFD}g
&#x000d800;1	\u{FFFD}1
&#56319 	\u{FFFD}\u{20}
&#xdbff;	\u{FFFD}
&#XDBFF	\u{FFFD}
&#xDBFF;;	\u{FFFD};
&#0056319x	\u{FFFD}x
&#x000dbffa	\u{DBFFA}
&#56320 	\u{FFFD}\u{20}
&#xdc00&#65;	\u{FFFD}A
&#XDC00 	\u{FFFD}\u{20}
&#xDC00;	\u{FFFD}
&#0056320x	\u{FFFD}x
&#x000dc00;	\u{FFFD}
&#57343a	\u{FFFD}a
&#xdfffa	\u{DFFFA}
&#XDFFF&#65;	\u{FFFD}A
&#xDFFF;;	\u{FFFD};
&#0057343&#65;	\u{FFFD}A
&#x000dfffx	\u{FFFD}x
&#57344g	\u{E000}g
&#xe000 	\u{E000}\u{20}
&#XE000x	\u{E000}x
&#xE000	\u{E000}
&#0057344 	\u{E000}\u{20}
&#x000e000x	\u{E000}x
&#64975&#65;	\u{FDCF}A
&#xfdcf 	\u{FDCF}\u{20}
&#XFDCF;1	\u{FDCF}1
&#xFDCF&#65;	\u{FDCF}A
&#0064975g	\u{FDCF}g
&#x000fdcfa	\u{FDCFA}
&#64976&#65;	\u{FDD0}A
&#xfdd0&#65;	\u{FDD0}A
&#XFDD0;1	\u{FDD0}1
&#xFDD0;	\u{FDD0}
&#0064976	\u{FDD0}
&#x000fdd0;	\u{FDD0}
&#65007a	\u{FDEF}a
&#xfdefg	\u{FDEF}g
&#XFDEFa	\u{FDEFA}
&#xFDEFx	\u{FDEF}x
&#0065007	\u{FDEF}
&#x000fdef;;	\u{FDEF};
&#65008&#65;	\u{FDF0}A
&#xfdf0;	\u{FDF0}
&#XFDF0&#65;	\u{FDF0}A
&#xFDF0&#65;	\u{FDF0}A
&#0065008a	\u{FDF0}a
&#x000fdf0	\u{FDF0}
&#65279 	\u{FEFF}\u{20}
&#xfeffg	\u{FEFF}g
&#XFEFFa	\u{FEFFA}
&#xFEFFa	\u{FEFFA}
&#0065279x	\u{FEFF}x
&#x000feffx	\u{FEFF}x
&#65533a	\u{FFFD}a
&#xfffdx	\u{FFFD}x
&#XFFFD;	\u{FFFD}
&#xFFFD 	\u{FFFD}\u{20}
&#0065533	\u{FFFD}
&#x000fffdx	\u{FFFD}x
&#65534x	\u{FFFE}x
&#xfffe;1	\u{FFFE}1
&#XFFFE;;	\u{FFFE};
&#xFFFE	\u{FFFE}
&#0065534;;	\u{FFFE};
&#x000fffe 	\u{FFFE}\u{20}
&#65535x	\u{FFFF}x
&#xffff	\u{FFFF}
&#XFFFFa	\u{FFFFA}
&#xFFFF	\u{FFFF}
&#0065535;	\u{FFFF}
&#x000ffffg	\u{FFFF}g
&#65536;	\u{10000}
&#x10000;1	\u{10000}1
&#X10000&#65;	\u{10000}A
&#x10000x	\u{10000}x
&#0065536x	\u{10000}x
&#x00010000a	\u{10000A}
&#128512g	\u{1F600}g
&#x1f600&#65;	\u{1F600}A
&#X1F600&#65;	\u{1F600}A
&#x1F600;1	\u{1F600}1
&#00128512	\u{1F600}
&#x0001f600	\u{1F600}
&#131070;1	\u{1FFFE}1
&#x1fffe;;	\u{1FFFE};
&#X1FFFE 	\u{1FFFE}\u{20}
&#x1FFFE;	\u{1FFFE}
&#00131070g	\u{1FFFE}g
&#x0001fffeg	\u{1FFFE}g
&#131071a	\u{1FFFF}a
&#x1ffffa	\u{FFFD}
&#X1FFFF	\u{1FFFF}
&#x1FFFF 	\u{1FFFF}\u{20}
&#00131071g	\u{1FFFF}g
&#x0001ffff&#65;	\u{1FFFF}A
&#1114109a	\u{10FFFD}a
&#x10fffdg	\u{10FFFD}g
&#X10FFFDx	\u{10FFFD}x
&#x10FFFDx	\u{10FFFD}x
&#001114109x	\u{10FFFD}x
&#x00010fffd&#65;	\u{10FFFD}A
&#1114110&#65;	\u{10FFFE}A
&#x10fffe 	\u{10FFFE}\u{20}
&#X10FFFEg	\u{10FFFE}g
&#x10FFFEx	\u{10FFFE}x
&#001114110g	\u{10FFFE}g
&#x00010fffe	\u{10FFFE}
&#1114111a	\u{10FFFF}a
&#x10ffffx	\u{10FFFF}x
&#X10FFFF;;	\u{10FFFF};
&#x10FFFF;	\u{10FFFF}
&#001114111;	\u{10FFFF}
&#x00010ffff;	\u{10FFFF}
&#1114112 	\u{FFFD}\u{20}
&#x110000;	\u{FFFD}
&#X110000;	\u{FFFD}
&#x110000&#65;	\u{FFFD}A
&#001114112;1	\u{FFFD}1
&#x000110000;1	\u{FFFD}1
&#1114113a	\u{FFFD}a
&#x110001x	\u{FFFD}x
&#X110001&#65;	\u{FFFD}A
&#x110001	\u{FFFD}
&#001114113x	\u{FFFD}x
&#x000110001a	\u{FFFD}
&#16777215 	\u{FFFD}\u{20}
&#xffffff;1	\u{FFFD}1
&#XFFFFFFa	\u{FFFD}
&#xFFFFFFg	\u{FFFD}g
&#0016777215;1	\u{FFFD}1
&#x000ffffff	\u{FFFD}
&#2147483647 	\u{FFFD}\u{20}
&#x7fffffffx	\u{FFFD}x
&#X7FFFFFFF;;	\u{FFFD};
&#x7FFFFFFF;1	\u{FFFD}1
&#002147483647	\u{FFFD}
&#x0007fffffff&#65;	\u{FFFD}A
&#2147483648;;	\u{FFFD};
&#x80000000g	\u{FFFD}g
&#X80000000a	\u{FFFD}
&#002147483648 	\u{FFFD}\u{20}
&#x00080000000	\u{FFFD}
&#4294967295	\u{FFFD}
&#xffffffff 	\u{FFFD}\u{20}
&#XFFFFFFFF;	\u{FFFD}
&#xFFFFFFFF&#65;	\u{FFFD}A
&#004294967295x	\u{FFFD}x
&#x000ffffffffx	\u{FFFD}x
&#4294967296 	\u{FFFD}\u{20}
&#x100000000 	\u{FFFD}\u{20}
&#X100000000;1	\u{FFFD}1
&#x100000000g	\u{FFFD}g
&#004294967296g	\u{FFFD}g
&#x000100000000;;	\u{FFFD};
&#18446744073709551681	\u{FFFD}
&#x10000000000000041x	\u{FFFD}x
&#X10000000000000041a	\u{FFFD}
&#x10000000000000041a	\u{FFFD}
&#0018446744073709551681;1	\u{FFFD}1
&#x00010000000000000041	\u{FFFD}
&#1000000000000000000000000000000a	\u{FFFD}a
&#xc9f2c9cd04674edea40000000x	\u{FFFD}x
&#XC9F2C9CD04674EDEA40000000;	\u{FFFD}
&#xC9F2C9CD04674EDEA40000000;;	\u{FFFD};
&#001000000000000000000000000000000;	\u{FFFD}
&#x000c9f2c9cd04674edea40000000g	\u{FFFD}g
&#99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999;	\u{FFFD}
&#xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF;	\u{FFFD}
&#0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000065;	A
&#x0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000041	A
&	&
&&	&&
&&&amp;	&&&
&;	&;
& amp;	& amp;
&#	&#
&#;	&#;
&#x	&#x
&#X	&#X
&#x;	&#x;
&#xg;	&#xg;
&#-1;	&#-1;
&#+1;	&#+1;
&#&#65;	&#A
&#x&#x41;	&#xA
&#\u{661}\u{662};	&#\u{661}\u{662};
&#x\u{FF21};	&#x\u{FF21};
a&	a&
a&#	a&#
a&#x	a&#x
&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa	&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
&ampxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx	&xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
&xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;	&xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;
&CounterClockwiseContourIntegral	&CounterClockwiseContourIntegral
&CounterClockwiseContourIntegralx	&CounterClockwiseContourIntegralx
&CounterClockwiseContourIntegral;;	\u{2233};
AT&T	AT&T
Tom &amp; Jerry	Tom & Jerry
Q&A	Q&A
&AMP;&Amp;&amp;&AMp	&&Amp;&&AMp
R&amp;D&#8217;s &quot;best&quot;	R&D\u{2019}s \u{22}best\u{22}
&S	&S
&Sh	&Sh
&Sho	&Sho
&Shor	&Shor
&Short	&Short
&ShortD	&ShortD
&ShortDo	&ShortDo
&ShortDow	&ShortDow
&ShortDown	&ShortDown
&ShortDownA	&ShortDownA
&ShortDownAr	&ShortDownAr
&ShortDownArr	&ShortDownArr
&ShortDownArro	&ShortDownArro
&ShortDownArrow	&ShortDownArrow
&n	&n
&nR	&nR
&nRi	&nRi
&nRig	&nRig
&nRigh	&nRigh
&nRight	&nRight
&nRighta	&nRighta
&nRightar	&nRightar
&nRightarr	&nRightarr
&nRightarro	&nRightarro
&nRightarrow	&nRightarrow
&nv	&nv
&nvi	&nvi
&nvin	&nvin
&nvinf	&nvinf
&nvinfi	&nvinfi
&nvinfin	&nvinfin
&s	&s
&sb	&sb
&sbq	&sbq
&sbqu	&sbqu
&sbquo	&sbquo
&nl	&nl
&nlt	&nlt
&p	&p
&pr	&pr
&pra	&pra
&prap	&prap
&sq	&sq
&sqs	&sqs
&sqsu	&sqsu
&sqsub	&sqsub
&sqsubs	&sqsubs
&sqsubse	&sqsubse
&sqsubset	&sqsubset
&sqsubsete	&sqsubsete
&sqsubseteq	&sqsubseteq
&a	&a
&am	&am
&ama	&ama
&amal	&amal
&amalg	&amalg
&nw	&nw
&nwn	&nwn
&nwne	&nwne
&nwnea	&nwnea
&nwnear	&nwnear
&U	&U
&Un	&Un
&Und	&Und
&Unde	&Unde
&Under	&Under
&UnderB	&UnderB
&UnderBa	&UnderBa
&UnderBar	&UnderBar
&sh	&sh
&sho	&sho
&shor	&shor
&short	&short
&shortm	&shortm
&shortmi	&shortmi
&shortmid	&shortmid
&i	&i
&ip	&ip
&ipr	&ipr
&ipro	&ipro
&iprod	&iprod
&V	&V
&VD	&VD
&VDa	&VDa
&VDas	&VDas
&VDash	&VDash
&c	&c
&ce	&ce
&cen	&cen
&cent	\u{A2}
&e	&e
&eg	&eg
&egr	&egr
&egra	&egra
&egrav	&egrav
&egrave	\u{E8}
&b	&b
&bi	&bi
&big	&big
&bigo	&bigo
&bigop	&bigop
&bigopl	&bigopl
&bigoplu	&bigoplu
&bigoplus	&bigoplus
&ap	&ap
&ape	&ape
&h	&h
&ha	&ha
&har	&har
&harr	&harr
&f	&f
&fl	&fl
&fll	&fll
&flli	&flli
&fllig	&fllig
&nL	&nL
&nLe	&nLe
&nLef	&nLef
&nLeft	&nLeft
&nLeftr	&nLeftr
&nLeftri	&nLeftri
&nLeftrig	&nLeftrig
&nLeftrigh	&nLeftrigh
&nLeftright	&nLeftright
&nLeftrighta	&nLeftrighta
&nLeftrightar	&nLeftrightar
&nLeftrightarr	&nLeftrightarr
&nLeftrightarro	&nLeftrightarro
&nLeftrightarrow	&nLeftrightarrow
&t	&t
&tr	&tr
&tri	&tri
&tria	&tria
&trian	&trian
&triang	&triang
&triangl	&triangl
&triangle	&triangle
&triangled	&triangled
&triangledo	&triangledo
&triangledow	&triangledow
&triangledown	&triangledown
&se	&se
&sec	&sec
&sect	\u{A7}
&G	&G
&Gf	&Gf
&Gfr	&Gfr
&u	&u
&uH	&uH
&uHa	&uHa
&uHar	&uHar
&ca	&ca
&car	&car
&caro	&caro
&caron	&caron
&an	&an
&ang	&ang
&ange	&ange
&cu	&cu
&cur	&cur
&curl	&curl
&curly	&curly
&curlyw	&curlyw
&curlywe	&curlywe
&curlywed	&curlywed
&curlywedg	&curlywedg
&curlywedge	&curlywedge
&d	&d
&db	&db
&dbl	&dbl
&dbla	&dbla
&dblac	&dblac
&pa	&pa
&par	&par
&ig	&ig
&igr	&igr
&igra	&igra
&igrav	&igrav
&igrave	\u{EC}
&triangleq	&triangleq
&R	&R
&Ri	&Ri
&Rig	&Rig
&Righ	&Righ
&Right	&Right
&Righta	&Righta
&Rightar	&Rightar
&Rightarr	&Rightarr
&Rightarro	&Rightarro
&Rightarrow	&Rightarrow
&pl	&pl
&plu	&plu
&plus	&plus
&plusb	&plusb
&J	&J
&Js	&Js
&Jsc	&Jsc
&Jscr	&Jscr
&D	&D
&Do	&Do
&Dou	&Dou
&Doub	&Doub
&Doubl	&Doubl
&Double	&Double
&DoubleL	&DoubleL
&DoubleLo	&DoubleLo
&DoubleLon	&DoubleLon
&DoubleLong	&DoubleLong
&DoubleLongL	&DoubleLongL
&DoubleLongLe	&DoubleLongLe
&DoubleLongLef	&DoubleLongLef
&DoubleLongLeft	&DoubleLongLeft
&DoubleLongLeftA	&DoubleLongLeftA
&DoubleLongLeftAr	&DoubleLongLeftAr
&DoubleLongLeftArr	&DoubleLongLeftArr
&DoubleLongLeftArro	&DoubleLongLeftArro
&pre	&pre
&prec	&prec
&precn	&precn
&precna	&precna
&precnap	&precnap
&precnapp	&precnapp
&precnappr	&precnappr
&precnappro	&precnappro
&precnapprox	&precnapprox
&Jc	&Jc
&Jcy	&Jcy
&di	&di
&die	&die
&y	&y
&yu	&yu
&yuc	&yuc
&yucy	&yucy
&apo	&apo
&apos	&apos
&O	&O
&Om	&Om
&Oma	&Oma
&Omac	&Omac
&Omacr	&Omacr
&et	&et
&dig	&dig
&diga	&diga
&digam	&digam
&digamm	&digamm
&digamma	&digamma
&l	&l
&lm	&lm
&lmi	&lmi
&lmid	&lmid
&lmido	&lmido
&lmidot	&lmidot
&E	&E
&Em	&Em
&Ema	&Ema
&Emac	&Emac
&Emacr	&Emacr
&nr	&nr
&nra	&nra
&nrar	&nrar
&nrarr	&nrarr
&nrarrw	&nrarrw
&af	&af
&bo	&bo
&box	&box
&boxv	&boxv
&boxvR	&boxvR
&ba	&ba
&bac	&bac
&back	&back
&backs	&backs
&backsi	&backsi
&backsim	&backsim
&Rs	&Rs
&Rsc	&Rsc
&Rscr	&Rscr
&bs	&bs
&bsc	&bsc
&bscr	&bscr
&su	&su
&sup	&sup
&sups	&sups
&supsi	&supsi
&supsim	&supsim
&na	&na
&nap	&nap
&napE	&napE
&ie	&ie
&iex	&iex
&iexc	&iexc
&iexcl	\u{A1}
&B	&B
&Be	&Be
&Bet	&Bet
&Beta	&Beta
&z	&z
&ze	&ze
&zet	&zet
&zeta	&zeta
&Ov	&Ov
&Ove	&Ove
&Over	&Over
&OverP	&OverP
&OverPa	&OverPa
&OverPar	&OverPar
&OverPare	&OverPare
&OverParen	&OverParen
&OverParent	&OverParent
&OverParenth	&OverParenth
&OverParenthe	&OverParenthe
&OverParenthes	&OverParenthes
&OverParenthesi	&OverParenthesi
&OverParenthesis	&OverParenthesis
&r	&r
&ra	&ra
&rat	&rat
&rati	&rati
&ratio	&ratio
&ration	&ration
&rationa	&rationa
&rational	&rational
&rationals	&rationals
&supm	&supm
&supmu	&supmu
&supmul	&supmul
&supmult	&supmult
;xx&#copy\u{D}capbr\u{22}a	;xx&#copy\u{D}capbr\u{22}a
;rarr\u{0}l\u{0}&\u{1F600};gexpectation;X	;rarr\u{0}l\u{0}&\u{1F600};gexpectation;X
notcopy0lbrace;\u{A}frac35;sset&#x;\u{A}	notcopy0lbrace;\u{A}frac35;sset&#x;\u{A}
Medium9&#\u{9}&	Medium9&#\u{9}&
\u{0}axTca	\u{0}axTca
eo	eo
;&Re&#x\u{1F600}g\u{E9}n\u{9}\u{5C}Wfr;	;&Re&#x\u{1F600}g\u{E9}n\u{9}\u{5C}Wfr;
X\u{E9}Eogon;i0t1	X\u{E9}Eogon;i0t1
l\u{A}lfisht;blacktrianglesdo1\u{E9}\u{22}\u{D}not	l\u{A}lfisht;blacktrianglesdo1\u{E9}\u{22}\u{D}not
\u{65E5}\u{65E5}\u{65E5}o\u{E9}	\u{65E5}\u{65E5}\u{65E5}o\u{E9}
triangle;\u{5C} \u{65E5} p<=;\u{D}ecaron;<	triangle;\u{5C} \u{65E5} p<=;\u{D}ecaron;<
spanot;;o	spanot;;o
\u{5C}ampo9o&\u{A}	\u{5C}ampo9o&\u{A}
#<	#<
;	;
\u{A}\u{A}Ati&&copy9&#xcopy	\u{A}\u{A}Ati&\u{A9}9\u{C}opy
\u{D}fGamma;	\u{D}fGamma;
 	\u{20}
not;ampf=\u{D}m\u{E9}DownLeftRi	not;ampf=\u{D}m\u{E9}DownLeftRi
\u{22}lt1	\u{22}lt1
<xl9RightAngleBracket;L	<xl9RightAngleBracket;L
p\u{9}\u{1F600}n\u{5C}capc&#xa1	p\u{9}\u{1F600}n\u{5C}capc\u{A1}
x=copy#<1l&#xp\u{0}iamp	x=copy#<1l&#xp\u{0}iamp
not\u{1F600}9&\u{E9}sol;rbrack;m;lt\u{5C}	not\u{1F600}9&\u{E9}sol;rbrack;m;lt\u{5C}
\u{E9}acopy	\u{E9}acopy
lcopyi	lcopyi
l#=&#xca&nVg	l#=\u{CA}&nVg
Ecir\u{D}fLessSlantEqual9&is\u{0}&#\u{9}	Ecir\u{D}fLessSlantEqual9&is\u{0}&#\u{9}
lRa&\u{D}	lRa&\u{D}
\u{22}ltt=\u{D}Hstrok;	\u{22}ltt=\u{D}Hstrok;
ll\u{D} \u{D}\u{A}i1	ll\u{D} \u{D}\u{A}i1
&#11t&#xIf<#	\u{B}t&#xIf<#
omicnot#;&p&#xX=	omicnot#;&p&#xX=
\u{22}0<\u{9}\u{65E5}intcaamp	\u{22}0<\u{9}\u{65E5}intcaamp
inotn&r	inotn&r
\u{9}nLmidotln;&\u{0}\u{D}	\u{9}nLmidotln;&\u{0}\u{D}
mi9SH Xgn&&#XQUO	mi9SH Xgn&&#XQUO
p;Jse	p;Jse
Xnot	Xnot
\u{9}osol	\u{9}osol
NotTildeFulla;o	NotTildeFulla;o
;0<&copygxu	;0<\u{A9}gxu
#fnotmf	#fnotmf
a\u{5C}nvinfinw	a\u{5C}nvinfinw
;tim	;tim
 amp\u{D}\u{1F600} lt	 amp\u{D}\u{1F600} lt
;9\u{22} prnsx	;9\u{22} prnsx
f	f
n&=&Xogf\u{A}og	n&=&Xogf\u{A}og
g	g
copyX\u{D}f	copyX\u{D}f
\u{A}amp;ltGbreveX==ltl9amp	\u{A}amp;ltGbreveX==ltl9amp
copy\u{0}\u{9}&#\u{D}time	copy\u{0}\u{9}&#\u{D}time
#<\u{0}duhcampcopy 	#<\u{0}duhcampcopy\u{20}
0copyampa#&gi0	0copyampa#&gi0
=&iAciaJcircX\u{0}g1o	=&iAciaJcircX\u{0}g1o
O<Ta\u{5C}Not	O<Ta\u{5C}Not
\u{5C}notbsnexis&not\u{5C}&Oc\u{65E5}\u{65E5}a	\u{5C}notbsnexis\u{AC}\u{5C}&Oc\u{65E5}\u{65E5}a
midcir;NotRo;\u{22}&#not\u{1F600}qpri	midcir;NotRo;\u{22}&#not\u{1F600}qpri
0&&	0&&
notX;&#=\u{E9}insupsqsups9carom	notX;&#=\u{E9}insupsqsups9carom
pXgrmltgf&lt;real	pXgrmltgf<real
ufish	ufish
&#x&#\u{1F600}divid\u{0}l\u{0}g\u{5C}n	&#x&#\u{1F600}divid\u{0}l\u{0}g\u{5C}n
1&&#Invisib	1&&#Invisib
\u{9}Yumcopy\u{22}	\u{9}Yumcopy\u{22}
#;	#;
gvertneg&ag;	gvertneg&ag;
NX;\u{A}l \u{9}n	NX;\u{A}l \u{9}n
pounn&;d#	pounn&;d#
&;\u{22}<ltamp;pti=tc	&;\u{22}<ltamp;pti=tc
\u{E9}&#ulc1\u{5C}	\u{E9}&#ulc1\u{5C}
xaGdotampg;#simd;\u{1F600}sup	xaGdotampg;#simd;\u{1F600}sup
x;ucRightTee;	x;ucRightTee;
pp<<&	pp<<&
&\u{22}xnot&&n	&\u{22}xnot&&n
upd\u{0}\u{E9}lg9	upd\u{0}\u{E9}lg9
tf\u{D}<ltnZcaron;9lXcopy	tf\u{D}<ltnZcaron;9lXcopy
oNotSquareSupesCrosslhyb\u{1F600}bm	oNotSquareSupesCrosslhyb\u{1F600}bm
noteg	noteg
cire;\u{0}\u{E9}1LeftTee;;g	cire;\u{0}\u{E9}1LeftTee;;g
not&sqsa9a &#x\u{65E5}l Z	not&sqsa9a &#x\u{65E5}l Z
<fra	<fra
amp \u{9}lt 1a	amp \u{9}lt 1a
\u{A};&#x&#xo\u{65E5}l	\u{A};&#x&#xo\u{65E5}l
0io&#LongRightArrow;	0io&#LongRightArrow;
\u{65E5}	\u{65E5}
amplt\u{0}&#x	amplt\u{0}&#x
\u{9}<copy9	\u{9}<copy9
#\u{1F600}&#x	#\u{1F600}&#x
lt1	lt1
ltcopy;mXl	ltcopy;mXl
\u{A}tpa	\u{A}tpa
\u{9}lt<\u{0}mgCH09a	\u{9}lt<\u{0}mgCH09a
9pKappa	9pKappa
\u{E9};a gE;gnot\u{0}&\u{1F600}	\u{E9};a gE;gnot\u{0}&\u{1F600}
copyo\u{E9}#&#pl0l	copyo\u{E9}#&#pl0l
g\u{22}f	g\u{22}f
i9s	i9s
lt&\u{9}px\u{A}g&#\u{9}xn;	lt&\u{9}px\u{A}g&#\u{9}xn;
n1ml	n1ml
<&\u{0}ntgg;	<&\u{0}ntgg;
\u{E9}	\u{E9}
\u{0}g<xsuplar\u{D}o;\u{E9} 	\u{0}g<xsuplar\u{D}o;\u{E9}\u{20}
rhovLcy\u{65E5} tmxtUmacr;\u{D}g	rhovLcy\u{65E5} tmxtUmacr;\u{D}g
p1<<hstrnot0t#;&#x#	p1<<hstrnot0t#;&#x#
eqvpars\u{65E5}#\u{D}\u{65E5}9xf&	eqvpars\u{65E5}#\u{D}\u{65E5}9xf&
g\u{E9}sub\u{5C}p	g\u{E9}sub\u{5C}p
;\u{9}&#x\u{5C}v&as&amp	;\u{9}&#x\u{5C}v&as&
l 	l\u{20}
\u{A}\u{9}=\u{9}rbb	\u{A}\u{9}=\u{9}rbb
n	n
9notx #p	9notx #p
;\u{5C}&s\u{9}	;\u{5C}&s\u{9}
\u{E9}\u{D}ltnampamp;n	\u{E9}\u{D}ltnampamp;n
f\u{5C}\u{9}Lowe01=amp&#xncopy	f\u{5C}\u{9}Lowe01=amp&#xncopy
\u{D} NotSquareSupernprec;	\u{D} NotSquareSupernprec;
\u{A}&\u{0}x0	\u{A}&\u{0}x0
9amp;&#\u{22}=\u{9}lm\u{D}p	9amp;&#\u{22}=\u{9}lm\u{D}p
\u{65E5}&#&tnot&#xlt	\u{65E5}&#&tnot&#xlt
nt	nt
\u{E9}inlap#<	\u{E9}inlap#<
\u{65E5}RightDltheartsuiX	\u{65E5}RightDltheartsuiX
\u{1F600}jsm;\u{5C}\u{0};n;\u{D}	\u{1F600}jsm;\u{5C}\u{0};n;\u{D}
#notmgfti g	#notmgfti g
&#amp\u{65E5}&#Gcy<\u{5C}	&#amp\u{65E5}&#Gcy<\u{5C}
iVernle\u{0}&#\u{65E5}m	iVernle\u{0}&#\u{65E5}m
=acopynXg&	=acopynXg&
;1\u{A}NotNestedGreaterG\u{E9}&la=lB	;1\u{A}NotNestedGreaterG\u{E9}&la=lB
#;big\u{1F600}&#x&copy rtimesx	#;big\u{1F600}&#x\u{A9} rtimesx
nRrightar 0&o	nRrightar 0&o
<\u{5C} iccu\u{E9}#copy= 0	<\u{5C} iccu\u{E9}#copy= 0
=o\u{65E5}n&#	=o\u{65E5}n&#
oo	oo
en9np&\u{1F600}logampolxi	en9np&\u{1F600}logampolxi
\u{65E5}\u{D}g\u{5C};Nox\u{22}&X	\u{65E5}\u{D}g\u{5C};Nox\u{22}&X
\u{1F600}t&x\u{D}o	\u{1F600}t&x\u{D}o
&\u{9}&\u{5C}n\u{9}l&=	&\u{9}&\u{5C}n\u{9}l&=
l0;\u{22}dXi	l0;\u{22}dXi
;9;	;9;
\u{E9} x	\u{E9} x
\u{9}<a\u{5C}ns1<\u{9}CirclePlus;	\u{9}<a\u{5C}ns1<\u{9}CirclePlus;
\u{9}9copy	\u{9}9copy
&usc<\u{A} 	&usc<\u{A}\u{20}
aDl	aDl
 lNo=\u{65E5}o&&#\u{0}plt1	 lNo=\u{65E5}o&&#\u{0}plt1
=\u{E9}&ilopar;lp&&#xlX	=\u{E9}&ilopar;lp&&#xlX
copy#&#x=&#flt1	copy#&#x=&#flt1
<lt=1\u{1F600}\u{D}c\u{A}f=f	<lt=1\u{1F600}\u{D}c\u{A}f=f
\u{5C}f&#XboxHEcaron;1tc	\u{5C}f\u{B}oxHEcaron;1tc
roarr;o	roarr;o
&pamp9l	&pamp9l
eopf;;xtgesd\u{9}&#x\u{D}mDRac&#	eopf;;xtgesd\u{9}&#x\u{D}mDRac&#
&;cirnotapaamp \u{1F600}	&;cirnotapaamp \u{1F600}
nu	nu
l&mnot&1amp1fanl	l&mnot&1amp1fanl
o\u{0}1boxUrppoltm\u{D}&&	o\u{0}1boxUrppoltm\u{D}&&
plusCounterClock\u{E9}&\u{22}\u{9}	plusCounterClock\u{E9}&\u{22}\u{9}
\u{1F600};11x	\u{1F600};11x
\u{9}	\u{9}
&#xo	&#xo
le&ReverseUpEquilibrium	le&ReverseUpEquilibrium
not	not
x;\u{9}<\u{5C}	x;\u{9}<\u{5C}
&#amp&#x	&#amp&#x
tocnum\u{22}<phiv;Xi0\u{D}&boxu	tocnum\u{22}<phiv;Xi0\u{D}&boxu
xsq\u{9}\u{A}	xsq\u{9}\u{A}
\u{D}0ftLc	\u{D}0ftLc
;&\u{0}\u{9}uwangle;X&=not;mcysqsu	;&\u{0}\u{9}uwangle;X&=not;mcysqsu
&#iboxDr;luruhar;&#0p\u{9}<=	&#iboxDr;luruhar;\u{FFFD}p\u{9}<=
\u{22}varsubsevn0;	\u{22}varsubsevn0;
\u{0}igm&#x\u{22}ltoX	\u{0}igm&#x\u{22}ltoX
\u{E9}9V&#\u{1F600}	\u{E9}9V&#\u{1F600}
\u{5C}&#;;iiw#	\u{5C}&#;;iiw#
&#x&#x9\u{A}amp<&#x&lt	&#x\u{9}\u{A}amp<&#x<
succappli<=&=	succappli<=&=
tepa\u{D};&#\u{65E5}\u{A}	tepa\u{D};&#\u{65E5}\u{A}
notxseltampio\u{A}	notxseltampio\u{A}
wedg	wedg
\u{65E5}not#lt&n&;&	\u{65E5}not#lt&n&;&
#&;Xx#	#&;Xx#
f&ifsfr\u{5C}	f&ifsfr\u{5C}
NestedLessLes\u{1F600}nsc;\u{9}o	NestedLessLes\u{1F600}nsc;\u{9}o
\u{1F600} f&#a&\u{A}	\u{1F600} f&#a&\u{A}
\u{22}&#lt	\u{22}&#lt
copy\u{65E5}\u{9}\u{1F600}t&Xg	copy\u{65E5}\u{9}\u{1F600}t&Xg
l<<\u{1F600}lt\u{9}p&#9&	l<<\u{1F600}lt\u{9}p\u{9}&
#=ts=	#=ts=
 9llgYIcy0&\u{0}0	 9llgYIcy0&\u{0}0
;;X	;;X
pm	pm
i	i
0rightleftharpocopy0copy<\u{9}copynotX	0rightleftharpocopy0copy<\u{9}copynotX
ulcorn0&\u{65E5}ltplo;	ulcorn0&\u{65E5}ltplo;
\u{A}	\u{A}
t;inot	t;inot
\u{22}ns	\u{22}ns
g&0;\u{A}\u{9}LeftTriangcopylambda;	g&0;\u{A}\u{9}LeftTriangcopylambda;
g\u{65E5}i&f;	g\u{65E5}i&f;
f&#o\u{D}1g\u{1F600}	f&#o\u{D}1g\u{1F600}
&copyltuu&g1x	\u{A9}ltuu&g1x
#oOgr1&lsicopyRcy	#oOgr1&lsicopyRcy
gtrlDgm\u{E9};i<\u{9}	gtrlDgm\u{E9};i<\u{9}
m#=o\u{A}i\u{65E5}	m#=o\u{A}i\u{65E5}
fn 9&#xl\u{E9}rppo&	fn 9&#xl\u{E9}rppo&
;a&&#x\u{5C}\u{A};9NotSucceedsSlant\u{9}DownLeftVectorBa	;a&&#x\u{5C}\u{A};9NotSucceedsSlant\u{9}DownLeftVectorBa
em \u{9};\u{E9}fXmi&NotCup	em \u{9};\u{E9}fXmi&NotCup
rXl	rXl
\u{0}<0i;\u{9}&#nfr;shch<	\u{0}<0i;\u{9}&#nfr;shch<
n&#0\u{0}<not	n\u{FFFD}\u{0}<not
\u{65E5}\u{A}Cdot;frbbr;m=\u{9}t	\u{65E5}\u{A}Cdot;frbbr;m=\u{9}t
xbsime<ocopyxVe	xbsime<ocopyxVe
mnot&#notX	mnot&#notX
noti0\u{A}	noti0\u{A}
;<	;<
ai	ai
&X&ampt\u{E9}aoo9lagra	&X&t\u{E9}aoo9lagra
1i;1\u{22}	1i;1\u{22}
\u{1F600}\u{0}picopyAnd;xcopy\u{1F600}\u{65E5}	\u{1F600}\u{0}picopyAnd;xcopy\u{1F600}\u{65E5}
fnp	fnp
Righ;xg1	Righ;xg1
&o	&o
amp\u{D}9utrX<	amp\u{D}9utrX<
\u{1F600};=\u{9} amp&#x&	\u{1F600};=\u{9} amp&#x&
&;&#x\u{5C}&l;	&;&#x\u{5C}&l;
f\u{65E5}VdascopymNot;	f\u{65E5}VdascopymNot;
TR\u{5C}sdolprsim;succne&#0 ;not	TR\u{5C}sdolprsim;succne\u{FFFD} ;not
\u{22}\u{E9}p\u{A}\u{5C}oast;;=	\u{22}\u{E9}p\u{A}\u{5C}oast;;=
anpre&#&varrh&hom1upharxchecp	anpre&#&varrh&hom1upharxchecp
ai;\u{E9}=lt	ai;\u{E9}=lt
\u{5C}\u{9}\u{E9}amp	\u{5C}\u{9}\u{E9}amp
;\u{E9}la\u{9}\u{5C}#ao1;l	;\u{E9}la\u{9}\u{5C}#ao1;l
\u{0}& t\u{65E5}a1f	\u{0}& t\u{65E5}a1f
g9capc\u{22}\u{A}\u{65E5}not&#	g9capc\u{22}\u{A}\u{65E5}not&#
\u{0}	\u{0}
\u{9}f 	\u{9}f\u{20}
\u{9}<	\u{9}<
amp&	amp&
\u{65E5}&\u{65E5}p\u{22}np\u{0}NotEqualTildeddotseqp	\u{65E5}&\u{65E5}p\u{22}np\u{0}NotEqualTildeddotseqp
ltgP=g0g\u{65E5}	ltgP=g0g\u{65E5}
<\u{A}n\u{0}&#i<1	<\u{A}n\u{0}&#i<1
\u{1F600}\u{9}9&< f\u{1F600}&nsup	\u{1F600}\u{9}9&< f\u{1F600}&nsup
dAr&#xlA;<	dAr&#xlA;<
0\u{A}copynot0=xUni\u{9}\u{D}inot	0\u{A}copynot0=xUni\u{9}\u{D}inot
o<lfisht;=bu	o<lfisht;=bu
xa\u{65E5}	xa\u{65E5}
LongLeftArrow;=\u{A}1;	LongLeftArrow;=\u{A}1;
\u{22}l&helvarsubsenearrlt;	\u{22}l&helvarsubsenearrlt;
ncwin\u{22}xrf&#vfr;#anot\u{A}	ncwin\u{22}xrf&#vfr;#anot\u{A}
x	x
amp&&#i&#x	amp&&#i&#x
&\u{65E5}9ot<xot	&\u{65E5}9ot<xot
\u{5C}\u{9}x&#x	\u{5C}\u{9}x&#x
\u{0}fo\u{0}<&X 9berno<Io	\u{0}fo\u{0}<&X 9berno<Io
m=;l\u{5C}&#x;&	m=;l\u{5C}&#x;&
<copy\u{5C}\u{22}m	<copy\u{5C}\u{22}m
\u{9}LeftVectorf\u{5C}&	\u{9}LeftVectorf\u{5C}&
bulleto&gmapst#ltnotg##\u{D}	bulleto&gmapst#ltnotg##\u{D}
A;snot	A;snot
orderof\u{9}<boxvpXltrPa\u{A}#=dsol9	orderof\u{9}<boxvpXltrPa\u{A}#=dsol9
boxin0mapstolarr	boxin0mapstolarr
tRightcopygeq;nsubs	tRightcopygeq;nsubs
i; \u{E9}	i; \u{E9}
fisinv;9o\u{1F600}m#\u{1F600}i	fisinv;9o\u{1F600}m#\u{1F600}i
\u{65E5}ltn;nleftrxm	\u{65E5}ltn;nleftrxm
p\u{9}p\u{E9}\u{1F600};f\u{65E5}m	p\u{9}p\u{E9}\u{1F600};f\u{65E5}m
mlt0ublE;Cnot=0t	mlt0ublE;Cnot=0t
=n0\u{E9}\u{A}0tlaampx	=n0\u{E9}\u{A}0tlaampx
lt9<&	lt9<&
=x\u{65E5}1o N	=x\u{65E5}1o N
\u{D}\u{1F600}of acopy0p\u{9}	\u{D}\u{1F600}of acopy0p\u{9}
popf;\u{1F600}plt\u{65E5}ocir&aasymp	popf;\u{1F600}plt\u{65E5}ocir&aasymp
& mapstodowNotGreater#	& mapstodowNotGreater#
\u{65E5}<  &gaX=\u{D}	\u{65E5}<  &gaX=\u{D}
&not;gtcicopy&#o\u{A}nwao&#amp	\u{AC}gtcicopy&#o\u{A}nwao&#amp
NotG	NotG
\u{0}lrarr	\u{0}lrarr
&&#NonBrea	&&#NonBrea
PropopHafnotEgravpi;&\u{22}<	PropopHafnotEgravpi;&\u{22}<
fsqsup9	fsqsup9
woppcirf&\u{E9}\u{65E5}a	woppcirf&\u{E9}\u{65E5}a
gf x#1	gf x#1
\u{D}&#xnot=glesi&\u{9}	\u{D}&#xnot=glesi&\u{9}
\u{65E5}N=oo&#fXpx\u{9}o	\u{65E5}N=oo&#fXpx\u{9}o
\u{22}&lo< ampqu&#&#xlozeng	\u{22}&lo< ampqu&#&#xlozeng
&&Epsilon\u{1F600}\u{A}x\u{65E5}o\u{E9}=not	&&Epsilon\u{1F600}\u{A}x\u{65E5}o\u{E9}=not
#lt<nsu\u{A}rdl\u{D}	#lt<nsu\u{A}rdl\u{D}
Longleftarx=X\u{0}amp&n&Greatera	Longleftarx=X\u{0}amp&n&Greatera
1m\u{D}pGT#;o\u{1F600}9oet	1m\u{D}pGT#;o\u{1F600}9oet
ofaa&i	ofaa&i
l\u{22}1Xgp&#xamp	l\u{22}1Xgp\u{A}mp
g&fcopylt&	g&fcopylt&
\u{5C}f9	\u{5C}f9
&#x\u{5C}&&DoubleDownxsucceq\u{A}t\u{0}\u{E9}Kopf;	&#x\u{5C}&&DoubleDownxsucceq\u{A}t\u{0}\u{E9}Kopf;
0	0
Xx<&#xdcaro\u{1F600}\u{0}\u{0}#\u{E9}&#x;	Xx<\u{DCA}ro\u{1F600}\u{0}\u{0}#\u{E9}&#x;
ltlarr;<Xsq\u{9} m;\u{5C}ldqu<	ltlarr;<Xsq\u{9} m;\u{5C}ldqu<
NotExi	NotExi
#pf;9\u{A}	#pf;9\u{A}
loa&#x	loa&#x
rxDoubleLongLeftRightANotSq\u{E9}ga	rxDoubleLongLeftRightANotSq\u{E9}ga
&&#x0	&\u{FFFD}
\u{D}oamp\u{9} 	\u{D}oamp\u{9}\u{20}
notcopylnesear&&\u{5C}\u{A}shortparallell	notcopylnesear&&\u{5C}\u{A}shortparallell
t\u{65E5}fnot\u{9}f<&#x	t\u{65E5}fnot\u{9}f<&#x
;&mlti0;&\u{5C}p	;&mlti0;&\u{5C}p
emsltnltHsc\u{E9}\u{65E5}n;	emsltnltHsc\u{E9}\u{65E5}n;
drcrop#lepta=\u{E9}\u{A}\u{A};	drcrop#lepta=\u{E9}\u{A}\u{A};
\u{D}UpDownArrow;\u{D}is&#x0	\u{D}UpDownArrow;\u{D}is\u{FFFD}
\u{A}a\u{A}tXpluse;\u{1F600}\u{22};	\u{A}a\u{A}tXpluse;\u{1F600}\u{22};
not;Sqult1;\u{A}N#;	not;Sqult1;\u{A}N#;
aampnotiix\u{5C}\u{E9}=1&#x	aampnotiix\u{5C}\u{E9}=1&#x
&lgppn	&lgppn
0\u{22}xf	0\u{22}xf
aYUcy	aYUcy
tscr;mu;&\u{1F600}	tscr;mu;&\u{1F600}
 \u{5C}ox	 \u{5C}ox
#not	#not
9&copyamp\u{1F600}n;k\u{22}&	9\u{A9}amp\u{1F600}n;k\u{22}&
#succsimg	#succsimg
a	a
l0\u{65E5}\u{E9}in&	l0\u{65E5}\u{E9}in&
copynotl\u{A}	copynotl\u{A}
 ppCounterCNprimpiv;&#	 ppCounterCNprimpiv;&#
;lnsupfamp	;lnsupfamp
\u{1F600}=eqslan&	\u{1F600}=eqslan&
&#x&nldrciramiddot0&	&#x&nldrciramiddot0&
els;	els;
#xocopyi\u{E9}o&copysr;\u{5C}p 	#xocopyi\u{E9}o\u{2117}\u{5C}p\u{20}
\u{1F600}9&#x	\u{1F600}9&#x
CirclePlusRXlt1	CirclePlusRXlt1
\u{0}\u{E9}#0\u{5C};en\u{65E5}\u{D}copyl	\u{0}\u{E9}#0\u{5C};en\u{65E5}\u{D}copyl
LeftTmnotcirt&copy=\u{1F600}l	LeftTmnotcirt\u{A9}=\u{1F600}l
90NotSuccee	90NotSuccee
\u{0}RightUp	\u{0}RightUp
amptffr\u{E9}raltbacksim\u{65E5}\u{65E5}i	amptffr\u{E9}raltbacksim\u{65E5}\u{65E5}i
L;\u{9}a==copy	L;\u{9}a==copy
lt\u{1F600}0&#Xnotl&#xpe91topbo	lt\u{1F600}0&#Xnotl&#xpe91topbo
\u{D}l\u{65E5}0\u{9}	\u{D}l\u{65E5}0\u{9}
0&\u{A}X	0&\u{A}X
notnpart;;	notnpart;;
\u{5C}9	\u{5C}9
&&leftar	&&leftar
snotfx;\u{D}lp\u{9};\u{E9}\u{A}	snotfx;\u{D}lp\u{9};\u{E9}\u{A}
\u{9}\u{0}i<\u{5C}&\u{65E5}9\u{5C}\u{A}ucir\u{0}	\u{9}\u{0}i<\u{5C}&\u{65E5}9\u{5C}\u{A}ucir\u{0}
r&	r&
;\u{0}lnoto&not	;\u{0}lnoto\u{AC}
copypx\u{D}Thincopyd&#xg&#\u{5C}	copypx\u{D}Thincopyd&#xg&#\u{5C}
Ccir0va	Ccir0va
\u{0}X	\u{0}X
gl;1timesd;	gl;1timesd;
o\u{D}fpamp=gampcopym	o\u{D}fpamp=gampcopym
 &#Epsi	 &#Epsi
gm9&#&#x#copyampmamp\u{65E5}	gm9&#&#x#copyampmamp\u{65E5}
\u{65E5}n \u{65E5}	\u{65E5}n \u{65E5}
NotSucce0x 9&#xltibo\u{D}	NotSucce0x 9&#xltibo\u{D}
f;i;Taptt	f;i;Taptt
amp\u{0}\u{0}ltg	amp\u{0}\u{0}ltg
&#\u{E9}fp&&\u{E9}Ixci	&#\u{E9}fp&&\u{E9}Ixci
xsub;#t&&#x\u{5C}\u{D}\u{D}a;	xsub;#t&&#x\u{5C}\u{D}\u{D}a;
Popf; 9	Popf; 9
copyizopre9ag	copyizopre9ag
1	1
;&#ur;g&#xnJ	;&#ur;g&#xnJ
\u{E9}\u{1F600}&axi\u{9}	\u{E9}\u{1F600}&axi\u{9}
\u{9}lt&#\u{A}	\u{9}lt&#\u{A}
&##notcopy\u{0}\u{5C}1&#\u{9}\u{A}atriangle	&##notcopy\u{0}\u{5C}1&#\u{9}\u{A}atriangle
f&\u{9}o	f&\u{9}o
 ;amponLtv;	 ;amponLtv;
supsublt&#x\u{22}X99;	supsublt&#x\u{22}X99;
tplus=\u{65E5}iglt1	tplus=\u{65E5}iglt1
#\u{5C}&\u{65E5}\u{22}x	#\u{5C}&\u{65E5}\u{22}x
\u{1F600}=prodnBscr;copy1	\u{1F600}=prodnBscr;copy1
apamp9gl&not	apamp9gl\u{AC}
oi\u{D}\u{E9}a	oi\u{D}\u{E9}a
x\u{22}Rg\u{9}DownLeftRightV\u{0}\u{0} 	x\u{22}Rg\u{9}DownLeftRightV\u{0}\u{0}\u{20}
&lt&#Gc\u{0};	<&#Gc\u{0};
tamp	tamp
\u{5C}a9;gtreqlea0\u{D}9\u{9}&	\u{5C}a9;gtreqlea0\u{D}9\u{9}&
<\u{D}&#	<\u{D}&#
nm	nm
\u{1F600}cnes9&#\u{1F600}9\u{65E5}	\u{1F600}cnes9&#\u{1F600}9\u{65E5}
gtrle==9\u{E9}t \u{A}o	gtrle==9\u{E9}t \u{A}o
iq\u{5C}&#x	iq\u{5C}&#x
xoxt;vfr;lt\u{1F600}1	xoxt;vfr;lt\u{1F600}1
\u{1F600}	\u{1F600}
x1m&t\u{9}\u{0}amptcopy<\u{65E5}	x1m&t\u{9}\u{0}amptcopy<\u{65E5}
o\u{D}#icsub&ltf	o\u{D}#icsub<f
\u{A}l	\u{A}l
toX\u{0}\u{9}<lnsi\u{0}<	toX\u{0}\u{9}<lnsi\u{0}<
#lt\u{5C}pni&#x;mOm	#lt\u{5C}pni&#x;mOm
mepcopy \u{D}aatX	mepcopy \u{D}aatX
\u{0}\u{9}Ua&#;9	\u{0}\u{9}Ua&#;9
longleftarrf	longleftarrf
&#\u{1F600}a	&#\u{1F600}a
xsimg;n	xsimg;n
xcopylt	xcopylt
;&#\u{9}\u{5C};;uumt&;&	;&#\u{9}\u{5C};;uumt&;&
blacklozenge;Ver	blacklozenge;Ver
;xi a<\u{5C}	;xi a<\u{5C}
1percnt;lt#;lmou1	1percnt;lt#;lmou1
\u{A}\u{A}cent;1Equi\u{D}	\u{A}\u{A}cent;1Equi\u{D}
otaamp&#&\u{65E5}tX9boxUl&	otaamp&#&\u{65E5}tX9boxUl&
=\u{A}&#mamp&\u{1F600}\u{1F600}notapl	=\u{A}&#mamp&\u{1F600}\u{1F600}notapl
 \u{65E5}1\u{9}\u{9}	 \u{65E5}1\u{9}\u{9}
sime#l\u{D}amp\u{E9}1\u{9}not=foral\u{9}	sime#l\u{D}amp\u{E9}1\u{9}not=foral\u{9}
ogumacm<notcopyn	ogumacm<notcopyn
90&#xfLeftUpTeeVosc9gcopy	90\u{F}LeftUpTeeVosc9gcopy
ltl&ltduarr9\u{22}\u{0}	ltl<duarr9\u{22}\u{0}
\u{D}\u{1F600}	\u{D}\u{1F600}
0<&#\u{1F600}\u{0}&gac;	0<&#\u{1F600}\u{0}&gac;
Tstroxvee;aNotEx1vBQcopy&supset	Tstroxvee;aNotEx1vBQcopy&supset
sp\u{E9}ltshy;f&0&copy	sp\u{E9}ltshy;f&0\u{A9}
;uhblk\u{1F600}	;uhblk\u{1F600}
lt1g&tavnsub;&ilvertneqq;\u{1F600}	lt1g&tavnsub;&ilvertneqq;\u{1F600}
xutrblaconalt\u{22}g	xutrblaconalt\u{22}g
t	t
amp;i=&\u{A}\u{5C}\u{E9}D	amp;i=&\u{A}\u{5C}\u{E9}D
#;\u{65E5} 	#;\u{65E5}\u{20}
=f=9<&#vcy;i	=f=9<&#vcy;i
ampgneamp\u{22}g\u{9}	ampgneamp\u{22}g\u{9}
&;\u{A}<n<ampm	&;\u{A}<n<ampm
X&#m;lods&#x<tg	X&#m;lods&#x<tg
<\u{22}urin\u{0}nkfr;	<\u{22}urin\u{0}nkfr;
a\u{65E5}tX\u{5C}get\u{D}boxVh; 	a\u{65E5}tX\u{5C}get\u{D}boxVh;\u{20}
amp\u{1F600}Egraogt;ampa	amp\u{1F600}Egraogt;ampa
\u{9}lt\u{9}nDoubleVertical	\u{9}lt\u{9}nDoubleVertical
01NotGreaterEq &\u{0}od\u{D}#f 	01NotGreaterEq &\u{0}od\u{D}#f\u{20}
;oaom;	;oaom;
NegativeThinSpace;&#	NegativeThinSpace;&#
&\u{D}&#xx\u{A}gf<&m&	&\u{D}&#xx\u{A}gf<&m&
Xlt	Xlt
o&#rarrh 	o&#rarrh\u{20}
a&#ntriangleleft&#x	a&#ntriangleleft&#x
gsupisg9#0\u{9}m<	gsupisg9#0\u{9}m<
&noti0<<	\u{AC}i0<<
ax;	ax;
p\u{22}\u{D}<&#	p\u{22}\u{D}<&#
#	#
om	om
\u{22}copyf#;;\u{22}\u{65E5}	\u{22}copyf#;;\u{22}\u{65E5}
a;&ggEltaamp<0X	a;&ggEltaamp<0X
ampx	ampx
curlyeqnan<o\u{E9}jmath;=th	curlyeqnan<o\u{E9}jmath;=th
intlarhk	intlarhk
Xljc\u{1F600}i	Xljc\u{1F600}i
ti\u{1F600}\u{22}<\u{65E5}<	ti\u{1F600}\u{22}<\u{65E5}<
&ica\u{D}iBarwe\u{0}S\u{D}	&ica\u{D}iBarwe\u{0}S\u{D}
bigtriangledown&	bigtriangledown&
scnsim&\u{9}upharpog#&lX&#	scnsim&\u{9}upharpog#&lX&#
=&	=&
R\u{9}\u{65E5} angmsdaf;a;<copyfa	R\u{9}\u{65E5} angmsdaf;a;<copyfa
nt\u{1F600}9amp&#x;	nt\u{1F600}9amp&#x;
#&i\u{22}squarnot	#&i\u{22}squarnot
&9\u{1F600}	&9\u{1F600}
x\u{5C}D9copyanot\u{1F600}=l&x	x\u{5C}D9copyanot\u{1F600}=l&x
a1;t	a1;t
amp\u{A}Dot&Tcedg=pfvarepsi#	amp\u{A}Dot&Tcedg=pfvarepsi#
rightharpoonupi\u{0}\u{65E5}0&#&triangleriroang;Ugravcopy	rightharpoonupi\u{0}\u{65E5}0&#&triangleriroang;Ugravcopy
wrx\u{5C}boxuL;m\u{5C}&m	wrx\u{5C}boxuL;m\u{5C}&m
lt&#&	lt&#&
\u{E9}<\u{9}	\u{E9}<\u{9}
copy	copy
&ll to<copycopy	&ll to<copycopy
;DotEqualamp	;DotEqualamp
1o\u{1F600}\u{22}\u{5C}NotEqualT\u{E9}larrl	1o\u{1F600}\u{22}\u{5C}NotEqualT\u{E9}larrl
\u{5C}&&	\u{5C}&&
angmsd;not\u{A}lcwcocopyhoarr;	angmsd;not\u{A}lcwcocopyhoarr;
\u{D}Reve	\u{D}Reve
m=m\u{0}\u{E9}&	m=m\u{0}\u{E9}&
famp&sp=&	famp&sp=&
\u{1F600}m&;p&#n<	\u{1F600}m&;p&#n<
0p\u{E9}	0p\u{E9}
Xlesct 1&=\u{1F600}	Xlesct 1&=\u{1F600}
\u{65E5}x;&#t	\u{65E5}x;&#t
\u{22}=\u{E9}i\u{5C}amp\u{A}oo	\u{22}=\u{E9}i\u{5C}amp\u{A}oo
harrci;lXcopym\u{A};anot9	harrci;lXcopym\u{A};anot9
=tlt&#x&#\u{A}\u{65E5}&p&	=tlt&#x&#\u{A}\u{65E5}&p&
<m0&#	<m0&#
GreaterGre	GreaterGre
&\u{1F600}oo&&#x&#\u{5C}NotGreatea	&\u{1F600}oo&&#x&#\u{5C}NotGreatea
ln&#\u{5C}&fg=	ln&#\u{5C}&fg=
\u{A};ampoig9&	\u{A};ampoig9&
=\u{1F600}leftright\u{A}g\u{D}o;l	=\u{1F600}leftright\u{A}g\u{D}o;l
Xl0lap	Xl0lap
to;nx=90	to;nx=90
ltscr;\u{1F600}#l	ltscr;\u{1F600}#l
gesd	gesd
copy\u{A}&lt#m\u{65E5}\u{9}l\u{A}	copy\u{A}<#m\u{65E5}\u{9}l\u{A}
ltnot	ltnot
lt\u{9}not<not=	lt\u{9}not<not=
f&#xlnotcopy&#;&#x1 l	f&#xlnotcopy&#;\u{1} l
 \u{22} \u{9}oa\u{E9}	 \u{22} \u{9}oa\u{E9}
t\u{0}	t\u{0}
&#m\u{D}	&#m\u{D}
<1< l X	<1< l X
p\u{A}nVef==\u{0}t&#\u{5C}	p\u{A}nVef==\u{0}t&#\u{5C}
oti1=tnotnamp9p	oti1=tnotnamp9p
 LeftUpVector;xlt	 LeftUpVector;xlt
&copy\u{D}1nxX\u{22}	\u{A9}\u{D}1nxX\u{22}
=n	=n
\u{1F600}&\u{A} G<\u{D}&#L&#&#xl	\u{1F600}&\u{A} G<\u{D}&#L&#&#xl
\u{0}f#X&#;	\u{0}f#X&#;
o\u{0}notcedil;l	o\u{0}notcedil;l
\u{22}=\u{E9}Xamp\u{E9}mo#&	\u{22}=\u{E9}Xamp\u{E9}mo#&
&\u{D}&gs&notpcopy\u{0}#	&\u{D}&gs\u{AC}pcopy\u{0}#
0dbm\u{E9}tddagge=\u{9}	0dbm\u{E9}tddagge=\u{9}
\u{22}\u{5C}0scgbsolb9\u{E9}l=NotGreat&#	\u{22}\u{5C}0scgbsolb9\u{E9}l=NotGreat&#
lt\u{0}	lt\u{0}
d;ll&#1gSh&	d;ll\u{1}gSh&
a 	a\u{20}
&lt=	<=
lt &#o	lt &#o
M9	M9
&copynmid	\u{A9}nmid
==;&<auml&anot\u{22}rfla	==;&<auml&anot\u{22}rfla
\u{1F600}1 \u{65E5}g\u{22}memacr;	\u{1F600}1 \u{65E5}g\u{22}memacr;
\u{D}	\u{D}
 X\u{E9}n	 X\u{E9}n
Diacrdlcro	Diacrdlcro
\u{D}\u{0}not	\u{D}\u{0}not
\u{1F600} 0ltp	\u{1F600} 0ltp
copy&#xm9p	copy&#xm9p
ltbo9	ltbo9
nLeftrightt#disin;\u{9}plus;&#	nLeftrightt#disin;\u{9}plus;&#
&f\u{0}1g;\u{1F600}=\u{5C}	&f\u{0}1g;\u{1F600}=\u{5C}
0ap	0ap
kappav;&\u{22}\u{E9}S\u{65E5}X&#\u{5C}namp	kappav;&\u{22}\u{E9}S\u{65E5}X&#\u{5C}namp
1&paltDScy;9a	1&paltDScy;9a
not&91not\u{22}&#onsub	not&91not\u{22}&#onsub
n&#\u{D}	n&#\u{D}
NotGreaterSlan9n\u{D}yuepsi;g	NotGreaterSlan9n\u{D}yuepsi;g
copyotcopyn\u{9} 	copyotcopyn\u{9}\u{20}
&#xnNewg\u{65E5}	&#xnNewg\u{65E5}
ai0vsubn	ai0vsubn
1m	1m
rangd;\u{22}<Nom	rangd;\u{22}<Nom
#&#x<x\u{D} 9;\u{65E5}notmX	#&#x<x\u{D} 9;\u{65E5}notmX
&\u{65E5}shor 	&\u{65E5}shor\u{20}
ratail;mRighXgX\u{E9}\u{E9}	ratail;mRighXgX\u{E9}\u{E9}
copy\u{1F600}o\u{D}No\u{1F600}copy	copy\u{1F600}o\u{D}No\u{1F600}copy
9;\u{65E5}\u{D}9;MiltNotGreaterS	9;\u{65E5}\u{D}9;MiltNotGreaterS
X&&w&#copy	X&&w&#copy
n&ampge;	n&ge;
;o;\u{9}ThinSpa&#iiX	;o;\u{9}ThinSpa&#iiX
a&#x&#xX	a&#x&#xX
1roarr\u{E9}\u{A}vdash\u{D}S =&#m\u{9}	1roarr\u{E9}\u{A}vdash\u{D}S =&#m\u{9}
f9&m	f9&m
&#xnotptcaropcopy=\u{A}frac78nha\u{9}	&#xnotptcaropcopy=\u{A}frac78nha\u{9}
notp	notp
&ch	&ch
notp&acopyamp9	notp&acopyamp9
;\u{D}0XcopyX\u{65E5}p&m	;\u{D}0XcopyX\u{65E5}p&m
oacutepds&amp	oacutepds&
af<\u{D}notmm	af<\u{D}notmm
ltxcopy#;x	ltxcopy#;x
gamp<=\u{0}#t9ocopy	gamp<=\u{0}#t9ocopy
;blacktri&#<l\u{A}X9\u{A}	;blacktri&#<l\u{A}X9\u{A}
1lt	1lt
&#x<not#\u{9}napXn&1p	&#x<not#\u{9}napXn&1p
 agampifltn	 agampifltn
x\u{0}	x\u{0}
Oveo	Oveo
amp\u{A}X&Rfr;\u{5C}\u{65E5}n	amp\u{A}X\u{211C}\u{5C}\u{65E5}n
\u{65E5}p&ampoisqsamp	\u{65E5}p&oisqsamp
&&#\u{A}not&#0\u{5C}copy	&&#\u{A}not\u{FFFD}\u{5C}copy
&#ti9ampfll&#\u{E9}&	&#ti9ampfll&#\u{E9}&
\u{65E5}9msqcup;m<Aac\u{D} 	\u{65E5}9msqcup;m<Aac\u{D}\u{20}
hamil&;Ptamp	hamil&;Ptamp
Pscrap&xan\u{A}\u{1F600}copy\u{65E5}boxv&	Pscrap&xan\u{A}\u{1F600}copy\u{65E5}boxv&
&ifX&#xl	&ifX&#xl
leftthreless	leftthreless
m;\u{65E5}t	m;\u{65E5}t
iujukcyXnbsnot\u{65E5}&#x	iujukcyXnbsnot\u{65E5}&#x
\u{22}tlampp0zeta;ti&9	\u{22}tlampp0zeta;ti&9
9a#\u{1F600}lsii\u{0}\u{E9}#&#\u{9}	9a#\u{1F600}lsii\u{0}\u{E9}#&#\u{9}
=&p\u{22}amp\u{D}\u{1F600}xx	=&p\u{22}amp\u{D}\u{1F600}xx
\u{22}&	\u{22}&
nlp9nott\u{0}t	nlp9nott\u{0}t
X\u{65E5}	X\u{65E5}
nl&\u{9}amp\u{D}X	nl&\u{9}amp\u{D}X
x\u{D}\u{D}&#x&&b=;	x\u{D}\u{D}&#x&&b=;
\u{1F600}&odsdrcx	\u{1F600}&odsdrcx
&subsetcopy&#copy	&subsetcopy&#copy
&nlt#&#not	&nlt#&#not
=&o\u{9}copy&#xd<icopyi;	=&o\u{9}copy\u{D}<icopyi;
0sNotPf0pp&lt	0sNotPf0pp<
xxnot<x	xxnot<x
gAtXXrarrlp;\u{5C}\u{1F600}eg;m9amp;	gAtXXrarrlp;\u{5C}\u{1F600}eg;m9amp;
\u{A}1\u{5C}X	\u{A}1\u{5C}X
NotGreaterLp	NotGreaterLp
ri<rfloor;0	ri<rfloor;0
olnot&#not9n	olnot&#not9n
&\u{E9}\u{22}&#xt&#not	&\u{E9}\u{22}&#xt&#not
tamplColonn=\u{5C}ltOtime	tamplColonn=\u{5C}ltOtime
&v	&v
m\u{1F600} a\u{9}X	m\u{1F600} a\u{9}X
npr\u{0}\u{5C}1&pifo	npr\u{0}\u{5C}1&pifo
\u{D}cros\u{22};0\u{9}yen;=i&	\u{D}cros\u{22};0\u{9}yen;=i&
p ForAo	p ForAo
X\u{0}&f\u{9}1m\u{22}lt\u{0}	X\u{0}&f\u{9}1m\u{22}lt\u{0}
x&	x&
nim\u{65E5}X1&#x&#copy\u{1F600} 	nim\u{65E5}X1&#x&#copy\u{1F600}\u{20}
\u{A}ampo&#l\u{D}amp&\u{0}\u{5C}amp	\u{A}ampo&#l\u{D}amp&\u{0}\u{5C}amp
noto1&\u{D}supsub\u{0}nX	noto1&\u{D}supsub\u{0}nX
t\u{65E5}\u{A}f	t\u{65E5}\u{A}f
x0\u{A}not1\u{65E5}i\u{9}\u{65E5}Xnot	x0\u{A}not1\u{65E5}i\u{9}\u{65E5}Xnot
o	o
 t=im	 t=im
amp	amp
\u{65E5}not;\u{E9}f1sub&1	\u{65E5}not;\u{E9}f1sub&1
\u{5C}\u{1F600}\u{E9}n&#notl	\u{5C}\u{1F600}\u{E9}n&#notl
&supplu\u{0}99iamplssmi\u{5C}	&supplu\u{0}99iamplssmi\u{5C}
\u{A}&#x;&#&9\u{D}<lt	\u{A}&#x;&#&9\u{D}<lt
9\u{E9}ovarepsilon;	9\u{E9}ovarepsilon;
g\u{D}copy	g\u{D}copy
g0fo\u{65E5}not	g0fo\u{65E5}not
ni9&o\u{9}\u{22}m	ni9&o\u{9}\u{22}m
<GreaterEqual;copy\u{22}g	<GreaterEqual;copy\u{22}g
&#x<\u{65E5}&aigt\u{D}Ugravamp	&#x<\u{65E5}&aigt\u{D}Ugravamp
ampl	ampl
\u{E9}ta0not\u{E9}copy&	\u{E9}ta0not\u{E9}copy&
o\u{0}\u{A}not<xf	o\u{0}\u{A}not<xf
 1#	 1#
xX#&#x\u{D}\u{5C}	xX#&#x\u{D}\u{5C}
 f\u{1F600}CoprodDownL	 f\u{1F600}CoprodDownL
u\u{0}	u\u{0}
&plusacir;g	\u{2A23}g
lnotzcy;l\u{1F600}sdot	lnotzcy;l\u{1F600}sdot
99yucf&\u{9}#amptxlt	99yucf&\u{9}#amptxlt
#Tild#Uumge;;&#xp	#Tild#Uumge;;&#xp
==sst=\u{E9}#rbarr;	==sst=\u{E9}#rbarr;
&nabl\u{D}nLt;n\u{A};\u{22}&#xlt 	&nabl\u{D}nLt;n\u{A};\u{22}&#xlt\u{20}
otimes;&#x l9	otimes;&#x l9
pmumap	pmumap
=	=
\u{D}=1	\u{D}=1
\u{1F600}bigst\u{22}#	\u{1F600}bigst\u{22}#
\u{5C}&	\u{5C}&
i\u{65E5}=&longleftarra&l	i\u{65E5}=&longleftarra&l
&#n&#\u{65E5}copyLeftRiglt<&copy	&#n&#\u{65E5}copyLeftRiglt<\u{A9}
pss\u{E9}\u{A}xn	pss\u{E9}\u{A}xn
\u{5C}t\u{D}not	\u{5C}t\u{D}not
1\u{1F600}otavarsubsetnspacopy&	1\u{1F600}otavarsubsetnspacopy&
o\u{D}&9puncsp&&at\u{0}	o\u{D}&9puncsp&&at\u{0}
olata	olata
&ltn\u{22}g\u{22}\u{D}p	<n\u{22}g\u{22}\u{D}p
a;\u{1F600}	a;\u{1F600}
DownLeftTeeVect &#xm&#x	DownLeftTeeVect &#xm&#x
Lang;\u{65E5}\u{0}&#x\u{0}inot9sh<f&#x	Lang;\u{65E5}\u{0}&#x\u{0}inot9sh<f&#x
 \u{A}\u{A}#\u{22}	 \u{A}\u{A}#\u{22}
ldrusha\u{1F600}p1&#xrArr;ampamp\u{0}1Clt	ldrusha\u{1F600}p1&#xrArr;ampamp\u{0}1Clt
ol0cudarrDoubleUpVerbar	ol0cudarrDoubleUpVerbar
plusmcopy\u{9}XomampgEl;&#&#&	plusmcopy\u{9}XomampgEl;&#&#&
t\u{5C}ltoNotSubset;a\u{E9}a\u{E9}X;&	t\u{5C}ltoNotSubset;a\u{E9}a\u{E9}X;&
\u{22}	\u{22}
RuHa	RuHa
;m\u{65E5}0x\u{9}aampnot&#x	;m\u{65E5}0x\u{9}aampnot&#x
notnf	notnf
 tLsc\u{E9}n1;\u{E9};a9l	 tLsc\u{E9}n1;\u{E9};a9l
\u{D}lan&\u{E9}	\u{D}lan&\u{E9}
fxsqcup;<\u{E9}not\u{22}te&XNotNestedGreaterGr	fxsqcup;<\u{E9}not\u{22}te&XNotNestedGreaterGr
p&\u{0}lbr0	p&\u{0}lbr0
kjc\u{A} ;	kjc\u{A} ;
\u{A}Double9\u{1F600}	\u{A}Double9\u{1F600}
Left11amp&\u{22}oamp	Left11amp&\u{22}oamp
;\u{0}	;\u{0}
&otmf\u{0}g\u{0};	&otmf\u{0}g\u{0};
iacute&copy x\u{5C}&xx	iacute\u{A9} x\u{5C}&xx
 <0&#xupharpoonra\u{0}On&\u{E9}	 <0&#xupharpoonra\u{0}On&\u{E9}
\u{1F600}RightArrowLeftA\u{E9}f\u{65E5}&\u{E9}p	\u{1F600}RightArrowLeftA\u{E9}f\u{65E5}&\u{E9}p
&#xn\u{E9}	&#xn\u{E9}
\u{22}copynotgbumpEgrav X<belt	\u{22}copynotgbumpEgrav X<belt
\u{22}l\u{0}x#g\u{9}\u{A}xg	\u{22}l\u{0}x#g\u{9}\u{A}xg
copym\u{9}x\u{D}	copym\u{9}x\u{D}
\u{22}&#xUti;Equal;;	\u{22}&#xUti;Equal;;
0Xl\u{A}\u{A}   &	0Xl\u{A}\u{A}   &
\u{65E5}i;ampNcprnXvBarv;f\u{9}	\u{65E5}i;ampNcprnXvBarv;f\u{9}
&\u{9}go\u{9};g	&\u{9}go\u{9};g
\u{22}&<ltlt	\u{22}&<ltlt
\u{0}g=vartrianglele&#xalt&circl	\u{0}g=vartrianglele\u{A}lt&circl
\u{22};	\u{22};
0squale\u{D};\u{22}&#x	0squale\u{D};\u{22}&#x
LongLeftRight	LongLeftRight
\u{5C}m&&har\u{0}\u{5C}	\u{5C}m&&har\u{0}\u{5C}
;&&Gcirckjamp\u{65E5}lggxf	;&&Gcirckjamp\u{65E5}lggxf
&xSucceedsEqul	&xSucceedsEqul
<i\u{65E5}&\u{9}\u{65E5}setminus&#m	<i\u{65E5}&\u{9}\u{65E5}setminus&#m
copyoampp\u{22}reg	copyoampp\u{22}reg
m&#x	m&#x
profala	profala
\u{A}&#&;=\u{D}	\u{A}&#&;=\u{D}
Ocy;;\u{9}	Ocy;;\u{9}
1\u{5C}&\u{A}1	1\u{5C}&\u{A}1
\u{0}\u{65E5}&\u{9}ampnot<m\u{D}\u{E9}	\u{0}\u{65E5}&\u{9}ampnot<m\u{D}\u{E9}
\u{22}9topb	\u{22}9topb
Til	Til
notacopyp1\u{5C}\u{A}	notacopyp1\u{5C}\u{A}
\u{A}l9copyp\u{E9}epsilon;=\u{0};	\u{A}l9copyp\u{E9}epsilon;=\u{0};
\u{D}pcopyt\u{A}gi	\u{D}pcopyt\u{A}gi
a&o	a&o
bsemi;;\u{5C}9	bsemi;;\u{5C}9
mo	mo
 &\u{5C};gxt	 &\u{5C};gxt
&#xgsi<copyampl\u{65E5}&\u{D}\u{D}	&#xgsi<copyampl\u{65E5}&\u{D}\u{D}
\u{D}\u{1F600}t;l#&#x&#<ptcopy	\u{D}\u{1F600}t;l#&#x&#<ptcopy
thorn= \u{A}Gcirc;mg0;Ecaron;=	thorn= \u{A}Gcirc;mg0;Ecaron;=
Xi;sampg0#	Xi;sampg0#
=a&copy	=a\u{A9}
not\u{0}\u{65E5}g1eth	not\u{0}\u{65E5}g1eth
P0\u{E9} f<\u{22}t	P0\u{E9} f<\u{22}t
a\u{E9}x;andd;txlrl	a\u{E9}x;andd;txlrl
&\u{5C}#Not;X	&\u{5C}#Not;X
9;\u{5C}itilde;oa#	9;\u{5C}itilde;oa#
&i\u{9}i\u{65E5}\u{0}p	&i\u{9}i\u{65E5}\u{0}p
&&notnotnrightarrobo\u{A}1;&g	&\u{AC}notnrightarrobo\u{A}1;&g
onot0&#\u{65E5}l\u{65E5}	onot0&#\u{65E5}l\u{65E5}
copyf&&X&#xn\u{5C}\u{5C}amp	copyf&&X&#xn\u{5C}\u{5C}amp
\u{65E5}acd;in1fXcopyo\u{5C}vartro<	\u{65E5}acd;in1fXcopyo\u{5C}vartro<
origof\u{A}\u{A}g	origof\u{A}\u{A}g
i\u{E9}atildxtn	i\u{E9}atildxtn
&not&#t	\u{AC}&#t
amp0m\u{22}amp0<1&#\u{65E5}	amp0m\u{22}amp0<1&#\u{65E5}
&#xOma\u{1F600}leftharpoond&copyltX&#;o\u{1F600}	&#xOma\u{1F600}leftharpoond\u{A9}ltX&#;o\u{1F600}
Bexn=#pcirXoi\u{1F600}o	Bexn=#pcirXoi\u{1F600}o
axmap;&ttamp\u{E9}i\u{0}#	axmap;&ttamp\u{E9}i\u{0}#
f9<mv<\u{D}amp&#x1o\u{65E5}	f9<mv<\u{D}amp\u{1}o\u{65E5}
ao\u{0}&&\u{A}1\u{9}&# 	ao\u{0}&&\u{A}1\u{9}&#\u{20}
\u{22}rmo\u{22}p	\u{22}rmo\u{22}p
\u{0}=Omicro;=og&#9	\u{0}=Omicro;=og\u{9}
npart;o&#m\u{E9}pi\u{A}n	npart;o&#m\u{E9}pi\u{A}n
\u{65E5}\u{1F600}#ltc\u{1F600}\u{A}copylt\u{E9}# 	\u{65E5}\u{1F600}#ltc\u{1F600}\u{A}copylt\u{E9}#\u{20}
ltxx&N9	ltxx&N9
tritpoblaltovb\u{5C}&#	tritpoblaltovb\u{5C}&#
&0\u{D}f\u{A}\u{65E5}=	&0\u{D}f\u{A}\u{65E5}=
\u{65E5}Xcopyt;\u{A}Mf\u{A}=not\u{A}	\u{65E5}Xcopyt;\u{A}Mf\u{A}=not\u{A}
\u{9}X&;;notnt&mUgrav	\u{9}X&;;notnt&mUgrav
9subsetnei	9subsetnei
&#\u{D}&#x10\u{E9}aacopy	&#\u{D}\u{10}\u{E9}aacopy
g;i\u{5C}\u{22}amp	g;i\u{5C}\u{22}amp
g<<o	g<<o
<&\u{5C}amp&xlcopy=box	<&\u{5C}amp&xlcopy=box
\u{1F600}\u{65E5}	\u{1F600}\u{65E5}
f&#fo;&not\u{A}ff<	f&#fo;\u{AC}\u{A}ff<
&tX0\u{22}	&tX0\u{22}
 msmiDow	 msmiDow
==;=npars&#x&ma	==;=npars&#x&ma
ltX	ltX
\u{22}aHfr;t\u{1F600}\u{E9}fmt&lt	\u{22}aHfr;t\u{1F600}\u{E9}fmt<
ip\u{22}m1\u{D}gsubrarx9g	ip\u{22}m1\u{D}gsubrarx9g
&#x#\u{D}x#\u{A}o	&#x#\u{D}x#\u{A}o
downharpoonr;x\u{65E5}\u{65E5}tl9ll	downharpoonr;x\u{65E5}\u{65E5}tl9ll
&# a\u{E9}not\u{D}= Stampi	&# a\u{E9}not\u{D}= Stampi
xp&\u{E9}\u{D}n\u{1F600}&Xu&&#	xp&\u{E9}\u{D}n\u{1F600}&Xu&&#
\u{22}&&&X\u{9}&#xXts	\u{22}&&&X\u{9}&#xXts
\u{E9}x\u{65E5}&\u{0}	\u{E9}x\u{65E5}&\u{0}
\u{0}\u{D}&\u{1F600}blacktriangleright&yi<l\u{5C}\u{22}	\u{0}\u{D}&\u{1F600}blacktriangleright&yi<l\u{5C}\u{22}
\u{5C}\u{22}ltl=f\u{A}dal	\u{5C}\u{22}ltl=f\u{A}dal
XlcopyglE\u{5C}n	XlcopyglE\u{5C}n
\u{5C}amp	\u{5C}amp
=XXI&eD&a\u{5C};	=XXI&eD&a\u{5C};
tmhol1ieqcirc;&#x&\u{22}amp&	tmhol1ieqcirc;&#x&\u{22}amp&
nrn\u{9}	nrn\u{9}
;gsip\u{E9}mfmcopygfXlAarr;	;gsip\u{E9}mfmcopygfXlAarr;
&pn	&pn
notIEcy;\u{22}\u{1F600}\u{0}copygneq\u{0}Igravcopy	notIEcy;\u{22}\u{1F600}\u{0}copygneq\u{0}Igravcopy
\u{9}\u{1F600}&# ;ampaa	\u{9}\u{1F600}&# ;ampaa
\u{9}l9& 	\u{9}l9&\u{20}
gtrappro&\u{A}n&op\u{A}amp\u{E9}n	gtrappro&\u{A}n&op\u{A}amp\u{E9}n
\u{A}&	\u{A}&
 \u{22}\u{D}i\u{D}i\u{0}	 \u{22}\u{D}i\u{D}i\u{0}
xn\u{E9}\u{E9}&	xn\u{E9}\u{E9}&
ampltnotm\u{65E5}nllt\u{A}C	ampltnotm\u{65E5}nllt\u{A}C
bonepsilsupr1pmcopya&#\u{0}	bonepsilsupr1pmcopya&#\u{0}
\u{22}&g;c=<E<g	\u{22}&g;c=<E<g
x9\u{65E5}ncopy	x9\u{65E5}ncopy
\u{E9};ip	\u{E9};ip
0\u{0}p\u{22}=\u{0}copy	0\u{0}p\u{22}=\u{0}copy
Arin0	Arin0
asymp#\u{5C}\u{A}nfnlt\u{0}	asymp#\u{5C}\u{A}nfnlt\u{0}
9ascr;&\u{5C}\u{0}	9ascr;&\u{5C}\u{0}
l\u{5C}X&\u{D}longlefta\u{A}amp	l\u{5C}X&\u{D}longlefta\u{A}amp
o;\u{1F600}9	o;\u{1F600}9
a\u{22}gx=t\u{22}&&#xa	a\u{22}gx=t\u{22}&\u{A}
9ltrcar ampb=x&compfn&#x	9ltrcar ampb=x&compfn&#x
\u{D}&\u{5C}nlt;\u{D}	\u{D}&\u{5C}nlt;\u{D}
aum;\u{D}\u{0}&#xl\u{5C}nvap;&#\u{E9}&9	aum;\u{D}\u{0}&#xl\u{5C}nvap;&#\u{E9}&9
Uti#t xxfl	Uti#t xxfl
not<\u{A}	not<\u{A}
&#x#\u{E9}a\u{D}	&#x#\u{E9}a\u{D}
bigvee;Vg\u{5C}f	bigvee;Vg\u{5C}f
f&x;\u{5C}	f&x;\u{5C}
 Lced\u{65E5}\u{E9}\u{5C}bo\u{E9}	 Lced\u{65E5}\u{E9}\u{5C}bo\u{E9}
igvn\u{1F600}\u{65E5}	igvn\u{1F600}\u{65E5}
#minuslnot&amp \u{9}g	#minuslnot& \u{9}g
\u{5C}\u{5C}uogoni	\u{5C}\u{5C}uogoni
\u{A}\u{D}copya#&\u{A}&	\u{A}\u{D}copya#&\u{A}&
0o\u{E9}\u{9}	0o\u{E9}\u{9}
=Ouml\u{5C}	=Ouml\u{5C}
copy;\u{22}minusd;	copy;\u{22}minusd;
\u{E9}Am=not=&	\u{E9}Am=not=&
pboxv	pboxv
&9\u{E9}notgl;\u{9}g	&9\u{E9}notgl;\u{9}g
rightsqu#<\u{E9}=p\u{1F600}#nvrtri;ltcirfni	rightsqu#<\u{E9}=p\u{1F600}#nvrtri;ltcirfni
\u{D}\u{1F600}f<\u{9}Cedilniv;# x	\u{D}\u{1F600}f<\u{9}Cedilniv;# x
&; \u{0};	&; \u{0};
pp 	pp\u{20}
o\u{1F600}glooparrowright;	o\u{1F600}glooparrowright;
X\u{A}<\u{A}\u{65E5}ma&fl	X\u{A}<\u{A}\u{65E5}ma&fl
pop&varsubsetneq;\u{22}&\u{A}\u{1F600}su&#x	pop\u{228A}\u{FE00}\u{22}&\u{A}\u{1F600}su&#x
=notdamp	=notdamp
#&amp&\u{9}\u{65E5}\u{22}\u{65E5}x	#&&\u{9}\u{65E5}\u{22}\u{65E5}x
u	u
hks\u{E9};\u{0}D&	hks\u{E9};\u{0}D&
X	X
g\u{1F600}9&#xr	g\u{1F600}9&#xr
\u{E9}Xnvge;lt	\u{E9}Xnvge;lt
\u{22}x	\u{22}x
&#x\u{0}\u{A}n&#x0;sui	&#x\u{0}\u{A}n\u{FFFD}sui
abo\u{0}jcy	abo\u{0}jcy
lt&#x 9<ltforkv;lt&#1UpTee;	lt&#x 9<ltforkv;lt\u{1}UpTee;
anot&#=1\u{5C}&#xtie\u{E9}	anot&#=1\u{5C}&#xtie\u{E9}
;a=mcopygamp\u{A}\u{D}o	;a=mcopygamp\u{A}\u{D}o
\u{0}9f\u{0}p\u{9}&&#1supsetnl	\u{0}9f\u{0}p\u{9}&\u{1}supsetnl
rataipoIscrpi;fnpp 	rataipoIscrpi;fnpp\u{20}
;Cedi\u{0}9=\u{5C}omfr;#	;Cedi\u{0}9=\u{5C}omfr;#
not1g&#xs#o=	not1g&#xs#o=
\u{A}lt\u{1F600}a;\u{D}&1	\u{A}lt\u{1F600}a;\u{D}&1
iOmDJcyltnotng	iOmDJcyltnotng
tritime;ItlAtail\u{65E5}Xtnot=	tritime;ItlAtail\u{65E5}Xtnot=
\u{9};copy\u{5C}&n09	\u{9};copy\u{5C}&n09
\u{D}x&#copyflx&t	\u{D}x&#copyflx&t
a\u{22} \u{E9}	a\u{22} \u{E9}
&\u{22}	&\u{22}
i\u{22}&i=pn<&g\u{D}<	i\u{22}&i=pn<&g\u{D}<
xn<\u{5C}x\u{A}parainum;	xn<\u{5C}x\u{A}parainum;
1&nboxvL\u{9}	1&nboxvL\u{9}
damp\u{5C}\u{5C};nog&#x\u{1F600}&#x\u{A}	damp\u{5C}\u{5C};nog&#x\u{1F600}&#x\u{A}
mho0;	mho0;
;\u{D};1\u{22}tlnotLcenot	;\u{D};1\u{22}tlnotLcenot
ring&;<	ring&;<
esdoa&pnotloacute;1	esdoa&pnotloacute;1
a<X\u{9}\u{0}	a<X\u{9}\u{0}
=x&gX&p Leftuuml	=x&gX&p Leftuuml
a#&ii;&\u{9}\u{22}=;	a#\u{2148}&\u{9}\u{22}=;
m;prrlfa&	m;prrlfa&
\u{E9}gacopylt&nc\u{65E5}&;	\u{E9}gacopylt&nc\u{65E5}&;
nL\u{22}minnot&LeftTrinot	nL\u{22}minnot&LeftTrinot
\u{9}#\u{22}p0X1fg&t	\u{9}#\u{22}p0X1fg&t
&seArr1amppampg&#\u{9}	&seArr1amppampg&#\u{9}
Ups&xm\u{22}\u{D}&0	Ups&xm\u{22}\u{D}&0
X&x&\u{65E5}	X&x&\u{65E5}
g&=;&;\u{D}x\u{E9}i\u{22}	g&=;&;\u{D}x\u{E9}i\u{22}
9fno\u{E9}\u{1F600}tf=	9fno\u{E9}\u{1F600}tf=
&\u{9}n&copy	&\u{9}n\u{A9}
\u{9}\u{1F600}&#xg 	\u{9}\u{1F600}&#xg\u{20}
oilc&&tXDownLe1not&#p	oilc&&tXDownLe1not&#p
a\u{A}gnafGreaterEqualLess	a\u{A}gnafGreaterEqualLess
X\u{9}	X\u{9}
gtquesa	gtquesa
ig	ig
lAamp=	lAamp=
\u{0}lnxrA\u{1F600}	\u{0}lnxrA\u{1F600}
ampxilsh;	ampxilsh;
&#x&#copy&	&#x&#copy&
rarr\u{65E5}##Iuml;<li0\u{22}	rarr\u{65E5}##Iuml;<li0\u{22}
a\u{1F600}copyR	a\u{1F600}copyR
=iiuocopy	=iiuocopy
\u{5C};\u{E9}	\u{5C};\u{E9}
xocopy1&#i&&#RightTrianglotilf\u{E9}	xocopy1&#i&&#RightTrianglotilf\u{E9}
0\u{65E5}curl\u{22}isinsv;\u{65E5}\u{1F600}g&9	0\u{65E5}curl\u{22}isinsv;\u{65E5}\u{1F600}g&9
ia\u{0}oao	ia\u{0}oao
\u{9}Iltcopyequivfpp\u{0}go\u{D}	\u{9}Iltcopyequivfpp\u{0}go\u{D}
<;macr&\u{0}#	<;macr&\u{0}#
<&#xf\u{1F600}notX	<\u{F}\u{1F600}notX
\u{D}&=X	\u{D}&=X
g1<\u{1F600}\u{E9}&\u{D}#o	g1<\u{1F600}\u{E9}&\u{D}#o
10&\u{D}f\u{9}\u{1F600}Cont	10&\u{D}f\u{9}\u{1F600}Cont
ampboxuR;fDiac&1&\u{D}\u{E9}&0	ampboxuR;fDiac&1&\u{D}\u{E9}&0
\u{E9}f&\u{1F600}\u{D}\u{E9}lkapppluscir0;n	\u{E9}f&\u{1F600}\u{D}\u{E9}lkapppluscir0;n
iIpampldrdulcropm&&#xswarr;	iIpampldrdulcropm&&#xswarr;
&#xx\u{1F600}ltp	&#xx\u{1F600}ltp
\u{5C}\u{9}x&;&#xnotnotg&#tdo	\u{5C}\u{9}x&;&#xnotnotg&#tdo
&lm&#x<< 9\u{0}\u{A}<	&lm&#x<< 9\u{0}\u{A}<
 amp#	 amp#
p1<&i	p1<&i
xodot;l\u{A}mlBa=\u{22}\u{1F600}copy&#xamp&	xodot;l\u{A}mlBa=\u{22}\u{1F600}copy\u{A}mp&
\u{1F600}\u{65E5}Esimlt\u{0}\u{22}pCloseCurlyDo&#x	\u{1F600}\u{65E5}Esimlt\u{0}\u{22}pCloseCurlyDo&#x
oX\u{22}g\u{D}uring;\u{1F600}	oX\u{22}g\u{D}uring;\u{1F600}
lesd	lesd
;xocopy	;xocopy
copyr	copyr
fLessGreatoX	fLessGreatoX
gsim;plusi	gsim;plusi
&giquest	&giquest
\u{E9};noti\u{0}	\u{E9};noti\u{0}
copylt;<yu0=\u{22}ic 	copylt;<yu0=\u{22}ic\u{20}
HorizontalLitltl\u{0}<\u{1F600}#	HorizontalLitltl\u{0}<\u{1F600}#
RightTr1&X\u{1F600}&#xlnexifcopy\u{65E5}	RightTr1&X\u{1F600}&#xlnexifcopy\u{65E5}
box#a\u{E9}\u{A}x	box#a\u{E9}\u{A}x
&&\u{1F600}\u{65E5}pnltXa	&&\u{1F600}\u{65E5}pnltXa
0p\u{D};Ba\u{9}n=\u{9}	0p\u{D};Ba\u{9}n=\u{9}
 a\u{0}Doi&	 a\u{0}Doi&
ltilin\u{9} le	ltilin\u{9} le
tX;x9	tX;x9
0\u{E9}X=pa d;	0\u{E9}X=pa d;
;ltoampg\u{A}\u{A}gtcopycopyf	;ltoampg\u{A}\u{A}gtcopycopyf
n\u{1F600}g<g0	n\u{1F600}g<g0
nampx9&\u{22}1Kappam	nampx9&\u{22}1Kappam
xnotf\u{E9}	xnotf\u{E9}
&#pDoubleCon&&	&#pDoubleCon&&
tcaron;o&\u{A}hybull\u{22}copyX;<\u{0}	tcaron;o&\u{A}hybull\u{22}copyX;<\u{0}
\u{0}mnt;\u{22}&	\u{0}mnt;\u{22}&
1copy;m\u{A}	1copy;m\u{A}
EacutLong\u{9} a&#xafNotPreced=\u{A}	EacutLong\u{9} a\u{AF}NotPreced=\u{A}
diamondsuittm\u{9}9	diamondsuittm\u{9}9
&&\u{0}\u{5C}m	&&\u{0}\u{5C}m
m&nlei<	m&nlei<
xngnotg<\u{0}p	xngnotg<\u{0}p
not\u{9}\u{65E5}trpNnot\u{22}nnottbsim	not\u{9}\u{65E5}trpNnot\u{22}nnottbsim
thinm\u{9}\u{22}\u{9}\u{E9}fo<	thinm\u{9}\u{22}\u{9}\u{E9}fo<
;f	;f
Xampx 	Xampx\u{20}
amp;amp\u{9}snbigsqc=;ThinSm	amp;amp\u{9}snbigsqc=;ThinSm
9psccue; 0m	9psccue; 0m
#infin;\u{65E5}&#lt1&mloarr;i\u{22}\u{E9}	#infin;\u{65E5}&#lt1&mloarr;i\u{22}\u{E9}
X;\u{9}copy\u{A}notnsp\u{65E5}lig\u{65E5}	X;\u{9}copy\u{A}notnsp\u{65E5}lig\u{65E5}
&x	&x
npl0=	npl0=
\u{1F600};pholsh\u{D}o\u{9}a\u{9}amp	\u{1F600};pholsh\u{D}o\u{9}a\u{9}amp
9i\u{22}fl&##\u{0}\u{9}f;	9i\u{22}fl&##\u{0}\u{9}f;
9\u{0}fltns;\u{1F600}9a\u{1F600};YUcy	9\u{0}fltns;\u{1F600}9a\u{1F600};YUcy
#o	#o
&DownRightTeeVect\u{22}# \u{5C}i &#	&DownRightTeeVect\u{22}# \u{5C}i &#
n1nexi\u{5C}&;mXa	n1nexi\u{5C}&;mXa
ttlthrenotf\u{1F600}&#x;ti	ttlthrenotf\u{1F600}&#x;ti
mn\u{22}lltnot	mn\u{22}lltnot
\u{1F600};apos;;\u{0}QXpm\u{A}t9	\u{1F600};apos;;\u{0}QXpm\u{A}t9
\u{22}\u{5C}aaboxh;a9&\u{9}amp<o	\u{22}\u{5C}aaboxh;a9&\u{9}amp<o
\u{0}n&	\u{0}n&
n\u{0}mg\u{65E5}po;9&	n\u{0}mg\u{65E5}po;9&
aXt	aXt
LeftTrialtc	LeftTrialtc
;pmg	;pmg
a&0t=lampgpr<;	a&0t=lampgpr<;
lopf;l&#\u{E9}bw&Xblax\u{65E5}	lopf;l&#\u{E9}bw&Xblax\u{65E5}
 9	 9
boxdcircledcircmapst&i=fra1l	boxdcircledcircmapst&i=fra1l
b\u{A}	b\u{A}
\u{5C};\u{65E5}l\u{D}Ima9o&#copy	\u{5C};\u{65E5}l\u{D}Ima9o&#copy
\u{1F600}#ltn	\u{1F600}#ltn
&##\u{A}g\u{22}\u{22}dblAssigcopy=aelig;	&##\u{A}g\u{22}\u{22}dblAssigcopy=aelig;
ampf&#xp	ampf&#xp
gcopya\u{9}aampp	gcopya\u{9}aampp
<fLe&#x	<fLe&#x
m&#	m&#
not&xtlt9tn&#xaln\u{9}	not&xtlt9tn\u{A}ln\u{9}
&&x\u{1F600}o	&&x\u{1F600}o
x&Xpl\u{5C}g0\u{5C}=n	x&Xpl\u{5C}g0\u{5C}=n
frac35#mplt;X	frac35#mplt;X
&#&	&#&
\u{5C}f\u{0}kgre&#x\u{D}notcopy	\u{5C}f\u{0}kgre&#x\u{D}notcopy
#;&lt0	#;<0
;amp&#crost&#\u{1F600}\u{22}fl	;amp&#crost&#\u{1F600}\u{22}fl
LeftRilt	LeftRilt
o\u{1F600}1&#x=<&#x#intcalm	o\u{1F600}1&#x=<&#x#intcalm
9im;\u{5C}	9im;\u{5C}
notX\u{22} \u{E9}\u{9}noangmsdag;Uam	notX\u{22} \u{E9}\u{9}noangmsdag;Uam
1\u{22}i\u{9}notn=a	1\u{22}i\u{9}notn=a
9not;n=\u{1F600};notg&	9not;n=\u{1F600};notg&
times&lbrac	times&lbrac
hybull;x\u{1F600}	hybull;x\u{1F600}
\u{65E5}N&pUuml	\u{65E5}N&pUuml
#=&#NegativeThickSpacp1no&#&anot	#=&#NegativeThickSpacp1no&#&anot
\u{22}=msuLef&#x	\u{22}=msuLef&#x
p&#xlt\u{9}itdff\u{E9}\u{E9}o&	p&#xlt\u{9}itdff\u{E9}\u{E9}o&
rlhf<	rlhf<
p\u{D}pocopy\u{D}lXep	p\u{D}pocopy\u{D}lXep
\u{5C}g	\u{5C}g
&&#&pl\u{65E5}	&&#&pl\u{65E5}
;1n\u{0}fl0\u{E9}ope1	;1n\u{0}fl0\u{E9}ope1
nmalt\u{1F600}m	nmalt\u{1F600}m
&\u{0}Longle 	&\u{0}Longle\u{20}
&#xRoundImplii 	&#xRoundImplii\u{20}
gX	gX
lfampisqud\u{22} o	lfampisqud\u{22} o
Xfgeqq;\u{5C}\u{E9}hscr;xao9	Xfgeqq;\u{5C}\u{E9}hscr;xao9
nm\u{A}a9;X;m \u{1F600}n	nm\u{A}a9;X;m \u{1F600}n
\u{22}&#	\u{22}&#
larrb;#gf&m	larrb;#gf&m
nisinv\u{9}	nisinv\u{9}
VeX\u{65E5}&#x;Xbbrktb#\u{65E5}X;	VeX\u{65E5}&#x;Xbbrktb#\u{65E5}X;
 f	 f
t1	t1
shortmid;amponotamp	shortmid;amponotamp
;\u{E9}succns;9\u{22}fg	;\u{E9}succns;9\u{22}fg
<a\u{9}\u{5C}x\u{5C}Xt	<a\u{9}\u{5C}x\u{5C}Xt
ffX&lanf9	ffX&lanf9
tamp9o=\u{22}angrgtc	tamp9o=\u{22}angrgtc
ltique\u{9}lt;amp	ltique\u{9}lt;amp
lt\u{D}am&&\u{0}=\u{65E5}lbrk=	lt\u{D}am&&\u{0}=\u{65E5}lbrk=
g&#x\u{1F600}l\u{0}\u{0}90\u{0}i&	g&#x\u{1F600}l\u{0}\u{0}90\u{0}i&
1gnot\u{22}\u{22}p	1gnot\u{22}\u{22}p
gtdotX&Rar 	gtdotX&Rar\u{20}
#pachcy;m	#pachcy;m
=\u{0}#m\u{D}	=\u{0}#m\u{D}
notPrf\u{D}	notPrf\u{D}
9&#x\u{A}vnsu<	9&#x\u{A}vnsu<
;0&#al&90#\u{A}\u{22}\u{65E5}	;0&#al&90#\u{A}\u{22}\u{65E5}
notrXntildeamp1\u{0}	notrXntildeamp1\u{0}
\u{5C} Xnot&#x&&#x\u{E9}gnotx\u{D}	\u{5C} Xnot&#x&&#x\u{E9}gnotx\u{D}
Afa\u{65E5}&	Afa\u{65E5}&
9tlt	9tlt
\u{65E5}\u{E9}	\u{65E5}\u{E9}
\u{9}\u{9}lltl\u{0}\u{A}\u{A}GdApplyFunc\u{A}\u{22}	\u{9}\u{9}lltl\u{0}\u{A}\u{A}GdApplyFunc\u{A}\u{22}
\u{65E5}Lstro&\u{0}mnot	\u{65E5}Lstro&\u{0}mnot
&#xcurlyve\u{1F600}	\u{C}urlyve\u{1F600}
\u{1F600}amp;Ecir<&;X<	\u{1F600}amp;Ecir<&;X<
copyl;g&p\u{E9}	copyl;g&p\u{E9}
0lt\u{E9}\u{5C}o	0lt\u{E9}\u{5C}o
\u{65E5}\u{9}ltx	\u{65E5}\u{9}ltx
tau\u{9}	tau\u{9}
\u{E9}&#xnot;ec	\u{E9}&#xnot;ec
i&lnltlt#1	i&lnltlt#1
a#m	a#m
1pipnot	1pipnot
\u{1F600}e1\u{65E5} 0\u{E9}f\u{22}#times<	\u{1F600}e1\u{65E5} 0\u{E9}f\u{22}#times<
J&#xlt&#	J&#xlt&#
\u{65E5}i\u{E9}m0	\u{65E5}i\u{E9}m0
a&frp&#n9angm\u{5C}\u{A}1	a&frp&#n9angm\u{5C}\u{A}1
\u{1F600};9m	\u{1F600};9m
\u{1F600}f	\u{1F600}f
\u{A}&ampa#1gp\u{A}copy\u{A}	\u{A}&a#1gp\u{A}copy\u{A}
Pcy;i&yacut&iltGreaterTit<\u{65E5}&	Pcy;i&yacut&iltGreaterTit<\u{65E5}&
; 9ltl	; 9ltl
th\u{A};&pnfl&<m	th\u{A};&pnfl&<m
i=\u{65E5}\u{E9}t&#&	i=\u{65E5}\u{E9}t&#&
 oEcy&n	 oEcy&n
=notlt	=notlt
i\u{22}DoubleUp	i\u{22}DoubleUp
\u{22}NotVertical<p<p&	\u{22}NotVertical<p<p&
#=X<&#xa\u{A}PrecedesSlantEql	#=X<\u{A}\u{A}PrecedesSlantEql
p;	p;
<\u{E9}\u{22}00&0	<\u{E9}\u{22}00&0
\u{9}TScy;g=Gamm\u{22}l\u{65E5}=i	\u{9}TScy;g=Gamm\u{22}l\u{65E5}=i
;ggnotl	;ggnotl
\u{E9}\u{D}0	\u{E9}\u{D}0
xX	xX
\u{0}1not;copyf;n	\u{0}1not;copyf;n
l\u{A}amp9;&lt0nsupsin	l\u{A}amp9;<0nsupsin
&\u{65E5}\u{0}l&#x\u{1F600}not\u{65E5}=<a	&\u{65E5}\u{0}l&#x\u{1F600}not\u{65E5}=<a
copyaleph;\u{0}\u{0}&#xafi	copyaleph;\u{0}\u{0}\u{AF}i
NewLine;&\u{22}\u{A}	NewLine;&\u{22}\u{A}
&pXn&ltp\u{9}amp#	&pXn<p\u{9}amp#
ampxbsol;l	ampxbsol;l
nLeftrigg9\u{A}0;\u{65E5}iX	nLeftrigg9\u{A}0;\u{65E5}iX
\u{A}f	\u{A}f
Bo\u{A}fcopy	Bo\u{A}fcopy
tt\u{E9}\u{D}notnotcurlyi0\u{65E5}#	tt\u{E9}\u{D}notnotcurlyi0\u{65E5}#
i1;&lmboxhd=	i1;&lmboxhd=
1tx&cwconot	1tx&cwconot
lfm	lfm
#fgi&&;9&#;asymp;a	#fgi&&;9&#;asymp;a
#ampO\u{E9}n\u{9}LeftTeeArrow\u{1F600}phiv	#ampO\u{E9}n\u{9}LeftTeeArrow\u{1F600}phiv
m&#xcopysdot;	m\u{C}opysdot;
bsemi;p0m ampX;	bsemi;p0m ampX;
i;\u{E9}a\u{1F600}	i;\u{E9}a\u{1F600}
inot&#xtip	inot&#xtip
\u{5C}o&#x&rpar&#xXsuccneqq#\u{22}not	\u{5C}o&#x&rpar&#xXsuccneqq#\u{22}not
noX&#x\u{A}&#x\u{5C}\u{D}xg;;	noX&#x\u{A}&#x\u{5C}\u{D}xg;;
m\u{E9}not;f\u{D}csubei\u{D}	m\u{E9}not;f\u{D}csubei\u{D}
copy&#xmao9=	copy&#xmao9=
XX\u{0}\u{E9}nxxt\u{1F600}\u{1F600}	XX\u{0}\u{E9}nxxt\u{1F600}\u{1F600}
ampa;nn	ampa;nn
amp\u{65E5}f&;f	amp\u{65E5}f&;f
 9EmptyVerySmallS\u{E9}lt0\u{5C}\u{22};o#&	 9EmptyVerySmallS\u{E9}lt0\u{5C}\u{22};o#&
\u{65E5}\u{1F600}\u{A}#1	\u{65E5}\u{1F600}\u{A}#1
i&#	i&#
mt&#x0f&\u{E9}x 	mt\u{F}&\u{E9}x\u{20}
\u{65E5};	\u{65E5};
&#f pcommat;m	&#f pcommat;m
\u{65E5}\u{22}&#pilt#\u{5C}\u{A}nx	\u{65E5}\u{22}&#pilt#\u{5C}\u{A}nx
\u{5C}heart	\u{5C}heart
pLeftRightV	pLeftRightV
;\u{1F600}olci;\u{1F600} 	;\u{1F600}olci;\u{1F600}\u{20}
ampltamp copy<setminus<a;	ampltamp copy<setminus<a;
n<	n<
\u{65E5}copy;xg0#9&	\u{65E5}copy;xg0#9&
; &XNotTi;\u{A}	; &XNotTi;\u{A}
l&0copy\u{65E5}l\u{E9}\u{9}\u{22}	l&0copy\u{65E5}l\u{E9}\u{9}\u{22}
fnotnot\u{E9}	fnotnot\u{E9}
\u{9}OverP\u{E9}copy	\u{9}OverP\u{E9}copy
lt;0&#\u{0}=&#x\u{0}	lt;0&#\u{0}=&#x\u{0}
\u{D}ytampi&\u{D}t9=	\u{D}ytampi&\u{D}t9=
dx	dx
notlt# mo\u{E9}X#p\u{22}not	notlt# mo\u{E9}X#p\u{22}not
ampl\u{0}\u{5C}#	ampl\u{0}\u{5C}#
=not\u{5C}i	=not\u{5C}i
f1\u{0}i9	f1\u{0}i9
i Verbar;t\u{5C}ordmx\u{9}	i Verbar;t\u{5C}ordmx\u{9}
DRightArngaf#NotSuctnile\u{D}	DRightArngaf#NotSuctnile\u{D}
#=\u{5C}	#=\u{5C}
;\u{A}	;\u{A}
<\u{E9}\u{E9}0;	<\u{E9}\u{E9}0;
1copybsi#\u{9}	1copybsi#\u{9}
u\u{9}\u{D}&#xra	u\u{9}\u{D}&#xra
\u{9}&#xamp;l&	\u{9}\u{A}mp;l&
0\u{E9}<scarobigupl\u{D}namp\u{5C}	0\u{E9}<scarobigupl\u{D}namp\u{5C}
fcopy am\u{9}mg	fcopy am\u{9}mg
notm&1;\u{65E5}	notm&1;\u{65E5}
i=\u{9}p	i=\u{9}p
g9Xi\u{22}X\u{D}i	g9Xi\u{22}X\u{D}i
Cup;bamp\u{5C}\u{22}\u{A}#&#xlLt	Cup;bamp\u{5C}\u{22}\u{A}#&#xlLt
t\u{E9}\u{D}&;&#copyQscUpperLeft1;	t\u{E9}\u{D}&;&#copyQscUpperLeft1;
lt0;x=\u{0}	lt0;x=\u{0}
;=pgtBetao<caro	;=pgtBetao<caro
\u{5C}\u{65E5}Xnot &<o&#xf0	\u{5C}\u{65E5}Xnot &<o\u{F0}
\u{1F600}percntxf\u{A} \u{22}\u{1F600}	\u{1F600}percntxf\u{A} \u{22}\u{1F600}
;nf\u{0}a\u{22}Rrighta	;nf\u{0}a\u{22}Rrighta
&xn&#xfl\u{D};;#	&xn\u{F}l\u{D};;#
=#p\u{D}&# blnedot<	=#p\u{D}&# blnedot<
=copy\u{5C}&##ltLesmumap;nN	=copy\u{5C}&##ltLesmumap;nN
REG;1RarrNodtri0 \u{A}&	REG;1RarrNodtri0 \u{A}&
prnYs1p&plus;g	prnYs1p+g
copyPartl	copyPartl
l1<capand;Dx;xl;Lacute;n	l1<capand;Dx;xl;Lacute;n
\u{65E5}lt\u{65E5}\u{1F600}9<eqc##pcur\u{22}	\u{65E5}lt\u{65E5}\u{1F600}9<eqc##pcur\u{22}
&#<mg\u{0}thsla	&#<mg\u{0}thsla
lGreaterTilde\u{A}\u{E9}boxig;ocopyl	lGreaterTilde\u{A}\u{E9}boxig;ocopyl
\u{D}Fcy0;Sqo\u{A}Gngt;rmx&	\u{D}Fcy0;Sqo\u{A}Gngt;rmx&
9amp&nmig;<\u{D}LT;nprec;;&	9amp&nmig;<\u{D}LT;nprec;;&
xorslope;s\u{22}m1	xorslope;s\u{22}m1
<i	<i
fflig\u{1F600}	fflig\u{1F600}
pxfinc&#xgorslope;noto&subnn	pxfinc&#xgorslope;noto&subnn
copy&<xmxcirc;	copy&<xmxcirc;
vnsuatampamp;1x1	vnsuatampamp;1x1
&a X&lt#aa\u{65E5}not&	&a X<#aa\u{65E5}not&
flrgeX;<p\u{A}	flrgeX;<p\u{A}
 lt;\u{D}\u{9}Up;x	 lt;\u{D}\u{9}Up;x
amranglcopy	amranglcopy
gto;<copy9	gto;<copy9
&\u{65E5}ltLowethetaslowb	&\u{65E5}ltLowethetaslowb
#\u{5C}pe\u{D}conin\u{0}<anotcopyofr;0	#\u{5C}pe\u{D}conin\u{0}<anotcopyofr;0
1Ma#uopf=\u{65E5}\u{D}\u{A}g\u{D}x	1Ma#uopf=\u{65E5}\u{D}\u{A}g\u{D}x
l	l
&i\u{E9}otilde;\u{5C}dhoar=&o&	&i\u{E9}otilde;\u{5C}dhoar=&o&
&mma;o	&mma;o
ilt\u{65E5}=;	ilt\u{65E5}=;
Xl\u{0}thinspn	Xl\u{0}thinspn
f=plmnedoTs	f=plmnedoTs
nle0\u{5C}<\u{1F600}misindot;ga\u{D}ampamp	nle0\u{5C}<\u{1F600}misindot;ga\u{D}ampamp
&#xg&;\u{1F600}&fnoto	&#xg&;\u{1F600}&fnoto
lt;t&nv\u{5C}	lt;t&nv\u{5C}
veeiDownRightVectorp	veeiDownRightVectorp
9amp\u{5C}p&\u{65E5}gx&#x0	9amp\u{5C}p&\u{65E5}gx\u{FFFD}
\u{E9}0&#x9x\u{A}l\u{9}copy&	\u{E9}0\u{9}x\u{A}l\u{9}copy&
weie\u{65E5}&epai&#x&#xcopy0	weie\u{65E5}&epai&#x\u{C}opy0
&\u{65E5}forall;=mFilledSmallSquai#Xp	&\u{65E5}forall;=mFilledSmallSquai#Xp
&\u{0}&&#<;\u{65E5}&#&#p	&\u{0}&&#<;\u{65E5}&#&#p
\u{0}\u{22}\u{65E5}&#pn&xo\u{A}a&#x	\u{0}\u{22}\u{65E5}&#pn&xo\u{A}a&#x
\u{1F600}o=	\u{1F600}o=
copy9o\u{5C}fa&	copy9o\u{5C}fa&
\u{9};fS\u{1F600}Scy;xns&copy&\u{1F600}	\u{9};fS\u{1F600}Scy;xns\u{A9}&\u{1F600}
 ampm\u{0}n	 ampm\u{0}n
lispC1g;ltg	lispC1g;ltg
glt0ltnInvis<	glt0ltnInvis<
x=t\u{9}f<1=\u{1F600}p	x=t\u{9}f<1=\u{1F600}p
\u{5C}ojmath;1=a;pAE	\u{5C}ojmath;1=a;pAE
not#;fx&aampscs#\u{65E5}LeftTe	not#;fx&aampscs#\u{65E5}LeftTe
 \u{22}notn;x&#xolb;	 \u{22}notn;x&#xolb;
\u{9}&#xampo9amp\u{A}gammad;gx	\u{9}\u{A}mpo9amp\u{A}gammad;gx
1g	1g
ltggl0p\u{65E5}	ltggl0p\u{65E5}
=t\u{1F600} gapid;nllcomm\u{D}#n	=t\u{1F600} gapid;nllcomm\u{D}#n
notinvx	notinvx
<\u{1F600}fnltbo	<\u{1F600}fnltbo
&ampiampo&	&iampo&
x 	x\u{20}
ampp\u{0}\u{22}commatmDoubleLongRighcir;fil<	ampp\u{0}\u{22}commatmDoubleLongRighcir;fil<
pa	pa
D\u{5C}copyg\u{A}llt	D\u{5C}copyg\u{A}llt
#x&aX	#x&aX
<#\u{E9}ltmrbrksumoa	<#\u{E9}ltmrbrksumoa
\u{E9}mamp\u{65E5}\u{5C}&g	\u{E9}mamp\u{65E5}\u{5C}&g
copyamp=lnot=&#x&	copyamp=lnot=&#x&
<p	<p
g;f\u{D}9 ==\u{E9}not	g;f\u{D}9 ==\u{E9}not
\u{1F600}\u{22}\u{9}	\u{1F600}\u{22}\u{9}
copy\u{0}#o=;a &#&	copy\u{0}#o=;a &#&
f0noti	f0noti
=1&nhpa	=1&nhpa
copy\u{5C}&tDownRight&#x	copy\u{5C}&tDownRight&#x
19n10OChi	19n10OChi
&&<\u{A}&\u{1F600};	&&<\u{A}&\u{1F600};
#\u{A}&	#\u{A}&
RightTriangleBnn	RightTriangleBnn
ovbn;	ovbn;
amp<onvrA	amp<onvrA
x\u{5C}	x\u{5C}
0\u{5C}leq\u{1F600}blesdjsDoubleLongLeftRightpamp&#not	0\u{5C}leq\u{1F600}blesdjsDoubleLongLeftRightpamp&#not
\u{1F600} Negainbump&	\u{1F600} Negainbump&
\u{D}0lt#&&#x	\u{D}0lt#&&#x
g\u{1F600}rao;sharpg&#	g\u{1F600}rao;sharpg&#
perllt0lr&a&#copy\u{D}\u{0};	perllt0lr&a&#copy\u{D}\u{0};
\u{A}0	\u{A}0
NegativeVer	NegativeVer
;\u{22}&\u{A}\u{A}\u{A}&mlo1	;\u{22}&\u{A}\u{A}\u{A}&mlo1
n\u{5C}<\u{22}Zopfltl19<not1	n\u{5C}<\u{22}Zopfltl19<not1
\u{0}f\u{65E5};t;l	\u{0}f\u{65E5};t;l
RuleDelayed slAar&#xHumpD\u{22}uumlg	RuleDelayed slAar&#xHumpD\u{22}uumlg
amp\u{1F600}i	amp\u{1F600}i
\u{5C}\u{A}\u{5C}colr&sig\u{D}1<&#x	\u{5C}\u{A}\u{5C}colr&sig\u{D}1<&#x
 01\u{9}x\u{65E5}1\u{5C}copy	 01\u{9}x\u{65E5}1\u{5C}copy
x9copy&#x\u{D}<\u{E9}&#	x9copy&#x\u{D}<\u{E9}&#
9x&\u{D}	9x&\u{D}
m\u{E9}n\u{0}\u{65E5}o	m\u{E9}n\u{0}\u{65E5}o
\u{65E5}i9=\u{1F600}	\u{65E5}i9=\u{1F600}
\u{22}9	\u{22}9
\u{5C}d9\u{65E5}ampnotsqccopyi \u{0}	\u{5C}d9\u{65E5}ampnotsqccopyi \u{0}
nsu=	nsu=
ApplyFuncti\u{22}g nCircleDott\u{D}xcopyn&#x	ApplyFuncti\u{22}g nCircleDott\u{D}xcopyn&#x
&\u{65E5}lt&&# ;i&&f	&\u{65E5}lt&&# ;i&&f
f&	f&
&#x;r\u{5C}o\u{65E5}Xomnot\u{9}	&#x;r\u{5C}o\u{65E5}Xomnot\u{9}
p n\u{E9}nUnderB&#xxDownLeftm&	p n\u{E9}nUnderB&#xxDownLeftm&
=01	=01
rotimebsol\u{D}rlhar;1	rotimebsol\u{D}rlhar;1
<10=eplus\u{0}\u{1F600}lto	<10=eplus\u{0}\u{1F600}lto
gntSigma;ncopyXltmap	gntSigma;ncopyXltmap
p	p
p\u{9}\u{A}\u{65E5}Vdasnot<	p\u{9}\u{A}\u{65E5}Vdasnot<
&\u{A}a0copy\u{22}n\u{E9}copy	&\u{A}a0copy\u{22}n\u{E9}copy
&#xlp#;<&#xfamp\u{65E5}	&#xlp#;<\u{FA}mp\u{65E5}
&#semnlt io\u{D}	&#semnlt io\u{D}
<f\u{E9}&emXlrfr;9&blackt 	<f\u{E9}&emXlrfr;9&blackt\u{20}
\u{0}=trianglna\u{5C} 0copyi	\u{0}=trianglna\u{5C} 0copyi
copylt\u{22}n9altn	copylt\u{22}n9altn
osqr\u{5C}	osqr\u{5C}
L1\u{1F600}x&#thorn9	L1\u{1F600}x&#thorn9
9	9
ult;	ult;
Lstrok; Rcy;x&#&&#&\u{1F600}	Lstrok; Rcy;x&#&&#&\u{1F600}
iangmsbac;	iangmsbac;
m	m
\u{A}&#p\u{5C}	\u{A}&#p\u{5C}
\u{D}n\u{5C}	\u{D}n\u{5C}
&#x&0plt\u{0}& \u{5C}	&#x&0plt\u{0}& \u{5C}
 \u{65E5}supE9\u{E9}x&#xnot&#X\u{0}	 \u{65E5}supE9\u{E9}x&#xnot&#X\u{0}
lt#copynv	lt#copynv
ltfi&o\u{D}	ltfi&o\u{D}
l0\u{22}a1t1n\u{5C}	l0\u{22}a1t1n\u{5C}
\u{0};;	\u{0};;
\u{A}inotampo;o\u{22}\u{D}=	\u{A}inotampo;o\u{22}\u{D}=
&o&#xshortnotnrightar	&o&#xshortnotnrightar
\u{5C}p9pcopy	\u{5C}p9pcopy
Eca;	Eca;
copy0\u{1F600}\u{65E5}\u{22}notsup=\u{22}	copy0\u{1F600}\u{65E5}\u{22}notsup=\u{22}
a;Yscr;g\u{0}	a;Yscr;g\u{0}
tnotl\u{5C}\u{1F600}xz	tnotl\u{5C}\u{1F600}xz
&&#ofrac4<	&&#ofrac4<
lamp\u{22}0uscr	lamp\u{22}0uscr
Iltp\u{0}\u{22}pisqc\u{65E5}0ampm	Iltp\u{0}\u{22}pisqc\u{65E5}0ampm
f;Ilt	f;Ilt
0g;&#x;copy\u{9}apE&#	0g;&#x;copy\u{9}apE&#
i#o&=&&<GreaterEqu\u{1F600}	i#o&=&&<GreaterEqu\u{1F600}
iiiin\u{1F600}	iiiin\u{1F600}
p\u{65E5}#\u{9}\u{22}lto	p\u{65E5}#\u{9}\u{22}lto
=&#x&\u{0}\u{1F600}l&#	=&#x&\u{0}\u{1F600}l&#
1copy	1copy
not\u{65E5}\u{22}f&#xampma1g0	not\u{65E5}\u{22}f\u{A}mpma1g0
;\u{1F600}m	;\u{1F600}m
&&00m;om	&&00m;om
x;&#=\u{22}lt	x;&#=\u{22}lt
91&lsh0&=\u{1F600}de	91&lsh0&=\u{1F600}de
\u{1F600}\u{9}copy&&#ldlcorn;\u{0}\u{22};m	\u{1F600}\u{9}copy&&#ldlcorn;\u{0}\u{22};m
Xsubrar =&\u{22} 0lt1copynot	Xsubrar =&\u{22} 0lt1copynot
AE isin	AE isin
 Kafnothyphe9NotSucceedsEx\u{1F600}X	 Kafnothyphe9NotSucceedsEx\u{1F600}X
\u{A}\u{1F600}fr&#xlra&#x&p&=	\u{A}\u{1F600}fr&#xlra&#x&p&=
Xnga\u{0}\u{E9}\u{A}l	Xnga\u{0}\u{E9}\u{A}l
<\u{9}\u{1F600}n	<\u{9}\u{1F600}n
fX\u{5C}<	fX\u{5C}<
copy\u{5C}<Xsmile	copy\u{5C}<Xsmile
\u{0}li\u{E9}g9	\u{0}li\u{E9}g9
;=<on	;=<on
<\u{65E5}\u{D}\u{22}t	<\u{65E5}\u{D}\u{22}t
\u{9}p&#&#x\u{65E5}lt#0x	\u{9}p&#&#x\u{65E5}lt#0x
notal	notal
\u{1F600}copyIo9ltm\u{D}oblacklozeng	\u{1F600}copyIo9ltm\u{D}oblacklozeng
&mmo;&sqsub\u{A}p;	&mmo;&sqsub\u{A}p;
lmbacklto<9psce;ordf&#x	lmbacklto<9psce;ordf&#x
0p& \u{1F600}lgcipt<lbr	0p& \u{1F600}lgcipt<lbr
gaolto;0pX9	gaolto;0pX9
not0o\u{E9}o<f	not0o\u{E9}o<f
 aga1biguplus	 aga1biguplus
v9ip&	v9ip&
b==\u{E9}LowerLefyscr;	b==\u{E9}LowerLefyscr;
amp\u{0}not	amp\u{0}not
\u{E9}\u{65E5}i&\u{1F600}	\u{E9}\u{65E5}i&\u{1F600}
&aa=rar;yetflarip	&aa=rar;yetflarip
\u{5C}filfisht;xo&l	\u{5C}filfisht;xo&l
mlurdshaop l9 \u{E9}\u{65E5}l	mlurdshaop l9 \u{E9}\u{65E5}l
0&#=amp0\u{A}\u{22}\u{A}\u{E9}lto	0&#=amp0\u{A}\u{22}\u{A}\u{E9}lto
\u{0}nsup;&#xL	\u{0}nsup;&#xL
Xxu Leftcopy1<	Xxu Leftcopy1<
pcat\u{D}&angmsd#t	pcat\u{D}&angmsd#t
curvearrowleft\u{5C};\u{0}9copyRho\u{0}l	curvearrowleft\u{5C};\u{0}9copyRho\u{0}l
#1	#1
ocopy\u{0}\u{5C}m\u{0}	ocopy\u{0}\u{5C}m\u{0}
\u{22}ltsim;&amp\u{22}ltampp	\u{22}ltsim;&\u{22}ltampp
\u{1F600}\u{0}noto &\u{0}Iacu	\u{1F600}\u{0}noto &\u{0}Iacu
&#xoimDt	&#xoimDt
=nota\u{A}	=nota\u{A}
&#Xx&#x	&#Xx&#x
smeparsl;\u{A}m	smeparsl;\u{A}m
Dstrokcopy	Dstrokcopy
&dis=9n	&dis=9n
\u{0}n=\u{A}9mnge;\u{0}1\u{A}n\u{65E5}	\u{0}n=\u{A}9mnge;\u{0}1\u{A}n\u{65E5}
\u{D}g	\u{D}g
#\u{5C}copy\u{E9}0Xvs&p<&0	#\u{5C}copy\u{E9}0Xvs&p<&0
&#lnE	&#lnE
#=a9g	#=a9g
x19#\u{A}mf;f\u{9}amp	x19#\u{A}mf;f\u{9}amp
&#xx\u{A}ampX\u{E9}\u{22};T	&#xx\u{A}ampX\u{E9}\u{22};T
&<<&xg	&<<&xg
\u{A}9	\u{A}9
\u{D}g&#xR	\u{D}g&#xR
\u{A}\u{22}\u{1F600}=	\u{A}\u{22}\u{1F600}=
xge&xx\u{D}<a& lt	xge&xx\u{D}<a& lt
idua0a9su&\u{22}	idua0a9su&\u{22}
<K\u{9};\u{1F600}ape\u{A}\u{22}&falling&m	<K\u{9};\u{1F600}ape\u{A}\u{22}&falling&m
gg;#\u{D}	gg;#\u{D}
llt \u{A}&\u{0}1&#xInvisibleTimes;&# 	llt \u{A}&\u{0}1&#xInvisibleTimes;&#\u{20}
i&g&\u{E9}pamp9amp	i&g&\u{E9}pamp9amp
OpenCurlyDoub\u{A}\u{65E5}<m	OpenCurlyDoub\u{A}\u{65E5}<m
\u{1F600}Xpi\u{65E5}	\u{1F600}Xpi\u{65E5}
lt&#gm	lt&#gm
nsucceq;OpenCurlyQuote;SHCHc\u{D}cirfniamsa&&&#p	nsucceq;OpenCurlyQuote;SHCHc\u{D}cirfniamsa&&&#p
&Implie&\u{22}m	&Implie&\u{22}m
l=XRigxu&	l=XRigxu&
namp	namp
\u{65E5}d	\u{65E5}d
&xnot&9\u{0}	&xnot&9\u{0}
&copy\u{22}#obackcong;&#x\u{A}lt	\u{A9}\u{22}#obackcong;&#x\u{A}lt
1p 1;	1p 1;
&#nl\u{0}	&#nl\u{0}
i\u{E9}p\u{5C}\u{5C}su	i\u{E9}p\u{5C}\u{5C}su
0&#xcopymx#\u{D}SucceedsEqual&#x\u{22}l	0\u{C}opymx#\u{D}SucceedsEqual&#x\u{22}l
<amp&1	<amp&1
l\u{A}	l\u{A}
\u{65E5};gal\u{A}addarsimthic	\u{65E5};gal\u{A}addarsimthic
\u{22}f9i<\u{22}1NestedLessLessProduct;	\u{22}f9i<\u{22}1NestedLessLessProduct;
p=#lswAr\u{A}1narising	p=#lswAr\u{A}1narising
lclf\u{9};\u{22}\u{0}	lclf\u{9};\u{22}\u{0}
gmp<&&#\u{9}RightCeilin190	gmp<&&#\u{9}RightCeilin190
f9oamp#o	f9oamp#o
=;VerticalLine	=;VerticalLine
LeftUsuX&#xltnottxmfb	LeftUsuX&#xltnottxmfb
altamp	altamp
i\u{5C}&#x&RightVectornot	i\u{5C}&#x&RightVectornot
\u{22};l<nlt1\u{E9}ltbox&#x	\u{22};l<nlt1\u{E9}ltbox&#x
lesdf1	lesdf1
a&;1#l	a&;1#l
\u{1F600}g9rmou&n9fncenharr	\u{1F600}g9rmou&n9fncenharr
ailtmpremDDg	ailtmpremDDg
X=curly9Cen	X=curly9Cen
oscirc;	oscirc;
amp=a&&#x\u{5C}\u{5C}	amp=a&&#x\u{5C}\u{5C}
m\u{1F600}&copyp\u{1F600}n	m\u{1F600}\u{A9}p\u{1F600}n
mgo<t\u{E9}\u{D}frac34\u{A}&#\u{5C}	mgo<t\u{E9}\u{D}frac34\u{A}&#\u{5C}
9c\u{65E5}1&copycopy\u{9}0bigotimes;#	9c\u{65E5}1\u{A9}copy\u{9}0bigotimes;#
copy&#<<x\u{9}	copy&#<<x\u{9}
Kop\u{5C}=#l0&\u{9} 	Kop\u{5C}=#l0&\u{9}\u{20}
lt#	lt#
n\u{E9}a\u{D}&#i#l\u{1F600}	n\u{E9}a\u{D}&#i#l\u{1F600}
xcopy1pmX1	xcopy1pmX1
m&&&p	m&&&p
 ltTHOR\u{D}	 ltTHOR\u{D}
xDoubleLeftArrow;ifn&o;p1\u{5C}&	xDoubleLeftArrow;ifn&o;p1\u{5C}&
mtan  coppcopy	mtan  coppcopy
#quatintoscpamp1\u{A}	#quatintoscpamp1\u{A}
;;ampXp ltt\u{22}=	;;ampXp ltt\u{22}=
iiint&&\u{E9}IJ\u{0}X\u{22}&	iiint&&\u{E9}IJ\u{0}X\u{22}&
0Ofr;	0Ofr;
=&ft	=&ft
&aX1not	&aX1not
&;se9downarleftlef\u{0}\u{A}#=	&;se9downarleftlef\u{0}\u{A}#=
\u{22}&#x	\u{22}&#x
\u{22}box&&g1nis;	\u{22}box&&g1nis;
nXllesnot not\u{0}lt	nXllesnot not\u{0}lt
copy\u{A}&\u{9}NotSucceedsSlantEqual;infino	copy\u{A}&\u{9}NotSucceedsSlantEqual;infino
\u{65E5}\u{A}n \u{E9}tl1	\u{65E5}\u{A}n \u{E9}tl1
notfTsampX\u{5C}capand&=ma	notfTsampX\u{5C}capand&=ma
ltp;sEogolt\u{65E5}=	ltp;sEogolt\u{65E5}=
&rangdeg&#&mbamp\u{E9}	&rangdeg&#&mbamp\u{E9}
&gampnot09\u{D}\u{5C}copyamp	&gampnot09\u{D}\u{5C}copyamp
donot\u{22}0n;1gtreq\u{22}<copy	donot\u{22}0n;1gtreq\u{22}<copy
\u{A}nottcirscir	\u{A}nottcirscir
fa0lrm;i\u{22}t\u{A}	fa0lrm;i\u{22}t\u{A}
copyampnangNestedLelauArr;X	copyampnangNestedLelauArr;X
pt\u{E9}1\u{D}#Xf	pt\u{E9}1\u{D}#Xf
\u{9}&&ap&f&copyg#	\u{9}&&ap&f\u{A9}g#
notampf\u{9}&#x	notampf\u{9}&#x
;n&	;n&
\u{65E5}<\u{E9};	\u{65E5}<\u{E9};
&#<\u{A}11;m	&#<\u{A}11;m
0XXg0i\u{9}	0XXg0i\u{9}
<\u{D}&#\u{D}xcopy=&#x&#\u{0}&#	<\u{D}&#\u{D}xcopy=&#x&#\u{0}&#
i0n&#amp\u{5C}ltdownharp\u{22}	i0n&#amp\u{5C}ltdownharp\u{22}
0\u{E9}\u{22}Gfr;v\u{9}\u{5C}	0\u{E9}\u{22}Gfr;v\u{9}\u{5C}
lRcy;ltamp	lRcy;ltamp
tlt\u{0}&	tlt\u{0}&
&\u{65E5}m;0\u{9}lplsubplus;	&\u{65E5}m;0\u{9}lplsubplus;
complamp acopy9ampX	complamp acopy9ampX
o 	o\u{20}
pxEogo&#x#0\u{22}\u{5C}1	pxEogo&#x#0\u{22}\u{5C}1
\u{22}g	\u{22}g
\u{9}curren;l9csubo	\u{9}curren;l9csubo
X\u{22}ampfna	X\u{22}ampfna
=9\u{9}ofrac3	=9\u{9}ofrac3
 x\u{65E5}fn	 x\u{65E5}fn
o\u{9}\u{9};copyinl\u{5C}X\u{1F600}	o\u{9}\u{9};copyinl\u{5C}X\u{1F600}
 ampnot\u{22}p\u{65E5}#Xamp	 ampnot\u{22}p\u{65E5}#Xamp
0t	0t
fi\u{D}lt&#x	fi\u{D}lt&#x
nsubs1o&=X	nsubs1o&=X
lt\u{5C}0 p	lt\u{5C}0 p
;vcy;\u{65E5}n	;vcy;\u{65E5}n
Lsta\u{E9}yen;	Lsta\u{E9}yen;
&epar;\u{E9}ipg	\u{22D5}\u{E9}ipg
"""#
}
