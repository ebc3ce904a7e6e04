using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace HealthNews.Web.Setup;

/// <summary>
/// MVC's own messages in Vietnamese: those of model binding ("The value 'x' is not valid for …") and of the required
/// rule MVC adds by itself to every non-nullable value (a category's id: "The Chuyên mục field is required."), which
/// otherwise reach the forms and their client-side validation attributes in English. {0} is the field's display name.
/// </summary>
public sealed class VietnameseValidationMessages : IValidationMetadataProvider
{
    public const string Required = "{0} không được để trống.";

    /// <summary>Sets the binding messages and adds this provider to <paramref name="options"/>.</summary>
    public static void AddTo(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(field => $"{field} không được để trống.");
        messages.SetMissingBindRequiredValueAccessor(field => $"{field} không được để trống.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” không phải là giá trị hợp lệ của {field}.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” không phải là giá trị hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của {field} không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        options.ModelMetadataDetailsProviders.Add(new VietnameseValidationMessages());
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var validators = context.ValidationMetadata.ValidatorMetadata;
        foreach (var required in validators.OfType<RequiredAttribute>())
        {
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = Required;
            }
        }
        // The rule MVC would add by itself (a non-nullable value, or a non-nullable reference in a nullable context), added
        // here with its message: MVC then sees a required rule and adds none of its own, server side or client side.
        var type = context.Key.ModelType;
        var implicitlyRequired = context.ValidationMetadata.IsRequired is true
            || (type.IsValueType && Nullable.GetUnderlyingType(type) is null);
        if (context.Key.MetadataKind == ModelMetadataKind.Property && implicitlyRequired && !validators.OfType<RequiredAttribute>().Any())
        {
            validators.Add(new RequiredAttribute { ErrorMessage = Required });
        }
    }
}
