using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ProfileGen.Rendering;

/// <summary>
/// A template function that calls its delegate directly. Scriban's own wrapper for a delegate
/// converts the arguments the same way but then calls it through <c>Delegate.DynamicInvoke</c>;
/// at a few calls per page, that reflection was several percent of rendering. Too many arguments get
/// Scriban's "Invalid number of arguments" error, where its wrapper fails with an index error.
/// </summary>
public static class TypedFunction
{
    public static DelegateCustomFunction Of<T, TResult>(Func<T, TResult> function) => new Unary<T, TResult>(function);

    public static DelegateCustomFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> function) => new Binary<T1, T2, TResult>(function);

    private abstract class Checked(Delegate function) : DelegateCustomFunction(function), IScriptCustomFunction, IScriptFunctionInfo
    {
        // Scriban asks for a parameter for each argument before it checks their number; for an extra
        // argument Scriban's own wrapper throws an index error, this gives a stand-in, so that Scriban
        // reports "Invalid number of arguments" at the call.
        ScriptParameterInfo IScriptFunctionInfo.GetParameterInfo(int index) =>
            index < ParameterCount ? GetParameterInfo(index) : new ScriptParameterInfo(typeof(object), "extra");
    }

    // Scriban has converted each argument to its parameter's type before InvokeImpl is called.
    private sealed class Unary<T, TResult>(Func<T, TResult> function) : Checked(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) => function((T)arguments[0]!);
    }

    private sealed class Binary<T1, T2, TResult>(Func<T1, T2, TResult> function) : Checked(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) => function((T1)arguments[0]!, (T2)arguments[1]!);
    }
}
